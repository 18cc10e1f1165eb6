package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/signal"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

// ClientConfig is the client section of the configuration: where the
// commands that talk to a validator's API (agora subnet) find it.
type ClientConfig struct {
	// URL is the validator's HTTP API (flag --url, env AGORA_CLIENT_URL).
	URL string `mapstructure:"url" json:"url"`
}

// defaultClientURL is the API a client command talks to when nothing else
// is configured: a validator on this machine.
const defaultClientURL = "http://127.0.0.1:8080"

func defaultClientConfig() ClientConfig { return ClientConfig{URL: defaultClientURL} }

// clientTimeout bounds one client command's work against the API.
const clientTimeout = 30 * time.Second

func newSubnetCommand(a *app) *cobra.Command {
	cmd := groupCommand("subnet", "Create, list, show and change subnets")
	urlFlag := func(c *cobra.Command) {
		c.Flags().String("url", "", "validator API `URL` (default: client.url, "+defaultClientURL+")")
		keyFlag(c.Flags(), "url", "client.url")
	}

	var create subnetCreateOptions
	createCmd := &cobra.Command{
		Use:   "create --spec FILE --key FILE [--password-file FILE] [--url URL] [--dry-run] [--json]",
		Short: "Create a subnet from a YAML spec, signed by the owner's key",
		Long: `Read a subnet spec (YAML; see configs/subnet.example.yaml), check it with the
ledger's own rules, sign a create_subnet command with the owner's keystore key
and submit it to the validator at --url; then print the new subnet.

The spec's keys are those of the create_subnet payload: id, name, task
(inference, fine-tune or preference), model_hash, model_url, datasets (name,
hash, url), scoring (the task's parameters) and hyperparams. Absent scoring
parameters and hyperparameters keep their defaults. An unknown key, a value of
the wrong type or out of range, or a field the ledger refuses is an error that
names the field (exit status 2). --spec - reads the spec from standard input.

With --dry-run the command prints the payload it would sign, as JSON, and
sends nothing (no key needed). The key's passphrase comes from --password-file
or AGORA_PASSWORD. A command the ledger rejects exits with status 1 and the
ledger's reason.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.subnetCreate(create) },
	}
	createCmd.Flags().StringVar(&create.spec, "spec", "", "subnet spec `FILE` (YAML; - for standard input)")
	createCmd.Flags().StringVar(&create.key, "key", "", "the owner's keystore `FILE`")
	createCmd.Flags().StringVar(&create.passwordFile, "password-file", "", "read the passphrase from `FILE` (default: $AGORA_PASSWORD)")
	createCmd.Flags().BoolVar(&create.dryRun, "dry-run", false, "print the create_subnet payload as JSON and send nothing")
	createCmd.Flags().BoolVar(&create.asJSON, "json", false, "print the created subnet as JSON")
	urlFlag(createCmd)

	var listJSON bool
	listCmd := &cobra.Command{
		Use:   "list [--url URL] [--json]",
		Short: "List the ledger's subnets",
		Long: `Print one line per subnet of the ledger, as the validator at --url holds it:
id, name, task, number of neurons, next epoch block, owner and reference model.
With --json, print the subnets as the API returns them.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.subnetList(listJSON) },
	}
	listCmd.Flags().BoolVar(&listJSON, "json", false, "print the subnets as JSON")
	urlFlag(listCmd)

	var showJSON bool
	showCmd := &cobra.Command{
		Use:   "show ID [--url URL] [--json]",
		Short: "Show a subnet: its definition, hyperparameters and neurons",
		Long: `Print a subnet as the validator at --url holds it: its definition (task,
owner, reference model, datasets, scoring parameters), its hyperparameters
(marking those its owner may set) and a table of its neurons. With --json,
print the subnet as the API returns it. An unknown subnet exits with status 1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return a.subnetShow(args[0], showJSON) },
	}
	showCmd.Flags().BoolVar(&showJSON, "json", false, "print the subnet as JSON")
	urlFlag(showCmd)

	var set subnetSetOptions
	setCmd := &cobra.Command{
		Use:   "set ID KEY=VALUE... --key FILE [--password-file FILE] [--url URL]",
		Short: "Change hyperparameters of a subnet",
		Long: `Sign a set_hyperparams command with --key and submit it: each KEY=VALUE sets
the hyperparameter with that JSON name (see agora subnet show), for instance
immunity_period=100 or burn_increase_mult=1.5. The merged hyperparameters are
checked with the ledger's rules before anything is signed; an unknown key or a
bad value exits with status 2 and names it.

The subnet owner may set the owner-settable hyperparameters, at most once per
owner_hyperparam_rate_limit tempos and not in the admin_freeze_window blocks
before an epoch; a genesis validator may set any. A command the ledger
rejects exits with status 1 and the ledger's reason.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return a.subnetSet(args[0], args[1:], set) },
	}
	setCmd.Flags().StringVar(&set.key, "key", "", "the signer's keystore `FILE` (the owner or a genesis validator)")
	setCmd.Flags().StringVar(&set.passwordFile, "password-file", "", "read the passphrase from `FILE` (default: $AGORA_PASSWORD)")
	urlFlag(setCmd)

	cmd.AddCommand(createCmd, listCmd, showCmd, setCmd)
	return cmd
}

type subnetCreateOptions struct {
	spec, key, passwordFile string
	dryRun, asJSON          bool
}

type subnetSetOptions struct {
	key, passwordFile string
}

func (a *app) subnetCreate(o subnetCreateOptions) error {
	if o.spec == "" {
		return usageError(errors.New("subnet create: --spec FILE is required"))
	}
	var (
		data []byte
		err  error
	)
	if o.spec == "-" {
		data, err = io.ReadAll(a.stdin)
	} else {
		data, err = os.ReadFile(o.spec)
	}
	if err != nil {
		return usageError(fmt.Errorf("subnet create: spec: %w", err))
	}
	c, err := parseSubnetSpec(data)
	if err != nil {
		return usageError(fmt.Errorf("subnet create: spec %s: %w", o.spec, err))
	}
	if o.dryRun {
		return writeJSON(a.stdout, c)
	}
	key, err := openSignerKey("subnet create", o.key, o.passwordFile)
	if err != nil {
		return err
	}
	ctx, cancel := clientContext()
	defer cancel()
	client, err := a.signingClient(ctx)
	if err != nil {
		return err
	}
	if _, err := client.Send(ctx, key, ledger.TypeCreateSubnet, c); err != nil {
		return err
	}
	a.log.Debug("subnet created", "subnet", c.ID, "owner", crypto.PubkeyToAddress(key.PublicKey).Hex())
	view, err := client.Consistent().Subnet(ctx, c.ID)
	if err != nil {
		return err
	}
	if o.asJSON {
		return writeJSON(a.stdout, view)
	}
	return writeSubnet(a.stdout, view)
}

func (a *app) subnetList(asJSON bool) error {
	ctx, cancel := clientContext()
	defer cancel()
	subnets, err := fetchSubnets(ctx, a.cfg.Client.URL)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.stdout, subnets)
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tTASK\tNEURONS\tNEXT EPOCH\tOWNER\tMODEL")
	for _, s := range subnets {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d/%d\t%d\t%s\t%s\n", s.ID, s.Name, s.Task, len(s.Neurons),
			s.Hyperparams.MaxAllowedUIDs, s.NextEpochBlock, s.Owner.Hex(), short(s.ModelHash))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = a.stdout.Write(buf.Bytes())
	return err
}

func (a *app) subnetShow(arg string, asJSON bool) error {
	id, err := parseSubnetID("subnet show", arg)
	if err != nil {
		return err
	}
	ctx, cancel := clientContext()
	defer cancel()
	view, err := validator.NewClient(a.cfg.Client.URL, 0).Subnet(ctx, id)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.stdout, view)
	}
	return writeSubnet(a.stdout, view)
}

func (a *app) subnetSet(arg string, settings []string, o subnetSetOptions) error {
	id, err := parseSubnetID("subnet set", arg)
	if err != nil {
		return err
	}
	patch, names, err := parseHyperparamSettings(settings)
	if err != nil {
		return usageError(fmt.Errorf("subnet set: %w", err))
	}
	key, err := openSignerKey("subnet set", o.key, o.passwordFile)
	if err != nil {
		return err
	}
	ctx, cancel := clientContext()
	defer cancel()
	client, err := a.signingClient(ctx)
	if err != nil {
		return err
	}
	// Check the merged result as the ledger will, so that a value out of
	// range is refused before anything is signed.
	view, err := client.Consistent().Subnet(ctx, id)
	if err != nil {
		return err
	}
	if err := patch.Apply(view.Hyperparams).Validate(); err != nil {
		return usageError(fmt.Errorf("subnet set: subnet %d: %w", id, err))
	}
	resp, err := client.Send(ctx, key, ledger.TypeSetHyperparams, ledger.SetHyperparams{Subnet: id, Hyperparams: patch})
	if err != nil {
		return err
	}
	if view, err = client.Consistent().Subnet(ctx, id); err != nil {
		return err
	}
	values := hyperparamValues(view.Hyperparams)
	var out strings.Builder
	for _, name := range names {
		fmt.Fprintf(&out, "subnet %d: %s = %s\n", id, name, values[name])
	}
	a.log.Debug("hyperparameters set", "subnet", id, "index", resp.Index)
	_, err = io.WriteString(a.stdout, out.String())
	return err
}

// clientContext bounds a client command by clientTimeout and ends it on
// SIGINT or SIGTERM.
func clientContext() (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, clientTimeout)
	return ctx, func() { cancel(); stop() }
}

// signingClient returns a client of the configured API that signs for the
// chain that API's ledger runs on.
func (a *app) signingClient(ctx context.Context) (*validator.Client, error) {
	return a.signingClientAt(ctx, a.cfg.Client.URL)
}

// signingClientAt is signingClient for the API at url.
func (a *app) signingClientAt(ctx context.Context, url string) (*validator.Client, error) {
	view, err := validator.NewClient(url, 0).Cluster(ctx)
	if err != nil {
		return nil, err
	}
	return validator.NewClient(url, view.ChainID), nil
}

// openSignerKey opens a keystore file with the passphrase from
// passwordFile or AGORA_PASSWORD. Every failure is bad input.
func openSignerKey(command, path, passwordFile string) (*ecdsa.PrivateKey, error) {
	if path == "" {
		return nil, usageError(fmt.Errorf("%s: --key FILE (a keystore file) is required", command))
	}
	pass, err := wallet.Passphrase(passwordFile)
	if err != nil {
		return nil, usageError(fmt.Errorf("%s: %w", command, err))
	}
	key, err := wallet.Open(path, pass)
	if err != nil {
		return nil, usageError(fmt.Errorf("%s: %w", command, err))
	}
	return key, nil
}

func parseSubnetID(command, s string) (uint16, error) {
	id, err := strconv.ParseUint(s, 10, 16)
	if err != nil {
		return 0, usageError(fmt.Errorf("%s: subnet id %q: want an integer in [0, %d]", command, s, math.MaxUint16))
	}
	return uint16(id), nil
}

// fetchSubnets reads every subnet from the API at base (host:port or a
// URL), as validator.Client reads one.
func fetchSubnets(ctx context.Context, base string) ([]ledger.SubnetView, error) {
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		base = "http://" + base
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+"/v1/subnets", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("validator: GET /v1/subnets: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("validator: GET /v1/subnets: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(data, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(data))
		}
		return nil, fmt.Errorf("validator: GET /v1/subnets: %d %s: %s", resp.StatusCode, http.StatusText(resp.StatusCode), e.Error)
	}
	var out []ledger.SubnetView
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("validator: GET /v1/subnets: malformed answer: %w", err)
	}
	return out, nil
}

// parseSubnetSpec reads a YAML subnet spec: the create_subnet payload
// (ledger.CreateSubnet, with its JSON key names) written in YAML. Keys are
// checked against the payload's fields and values against their Go types
// (naming the key and its line), then the ledger's own decoder fills in the
// defaults and validates the result, so the CLI accepts exactly what the
// ledger does.
func parseSubnetSpec(data []byte) (ledger.CreateSubnet, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return ledger.CreateSubnet{}, errors.New("empty spec")
		}
		return ledger.CreateSubnet{}, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return ledger.CreateSubnet{}, errors.New("more than one YAML document")
	}
	value, err := specValue(&doc, reflect.TypeFor[ledger.CreateSubnet](), "")
	if err != nil {
		return ledger.CreateSubnet{}, err
	}
	if value == nil {
		return ledger.CreateSubnet{}, errors.New("empty spec")
	}
	payload, err := json.Marshal(value)
	if err != nil {
		return ledger.CreateSubnet{}, err
	}
	c, err := ledger.DecodeCreateSubnet(payload)
	if err != nil {
		// The field named by the ledger is the spec's key.
		prefix := ledger.ErrInvalidPayload.Error() + ": " + ledger.TypeCreateSubnet + ": "
		return ledger.CreateSubnet{}, errors.New(strings.TrimPrefix(err.Error(), prefix))
	}
	return c, nil
}

// factorType is ledger.Factor, a struct whose JSON form is a decimal
// string.
var factorType = reflect.TypeFor[ledger.Factor]()

// specValue converts the YAML node n, found at path (dotted JSON keys,
// "" for the root), to the JSON value of Go type t: a struct's mapping
// may hold only the struct's JSON keys, each once; a number must fit its
// integer type. A null mapping or sequence returns nil, which the caller
// leaves out (the key is then absent); a null scalar is an error.
func specValue(n *yaml.Node, t reflect.Type, path string) (any, error) {
	for n.Kind == yaml.DocumentNode || n.Kind == yaml.AliasNode {
		if n.Kind == yaml.DocumentNode {
			if len(n.Content) == 0 {
				return nil, nil
			}
			n = n.Content[0]
		} else {
			n = n.Alias
		}
	}
	at := func(format string, args ...any) error {
		msg := fmt.Sprintf(format, args...)
		if path != "" {
			msg = path + ": " + msg
		}
		return fmt.Errorf("line %d: %s", n.Line, msg)
	}
	null := n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
	switch {
	case t == factorType:
		if n.Kind != yaml.ScalarNode || null {
			return nil, at("want a decimal number")
		}
		return n.Value, nil
	case t.Kind() == reflect.Struct:
		if null {
			return nil, nil
		}
		if n.Kind != yaml.MappingNode {
			return nil, at("want a mapping of keys to values")
		}
		fields := map[string]reflect.StructField{}
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				fields[name] = f
			}
		}
		out := map[string]any{}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			keyPath := key
			if path != "" {
				keyPath = path + "." + key
			}
			f, ok := fields[key]
			if k.Kind != yaml.ScalarNode || !ok {
				return nil, fmt.Errorf("line %d: unknown key %q", k.Line, keyPath)
			}
			if seen[key] {
				return nil, fmt.Errorf("line %d: key %q given twice", k.Line, keyPath)
			}
			seen[key] = true
			value, err := specValue(v, f.Type, keyPath)
			if err != nil {
				return nil, err
			}
			if value != nil {
				out[key] = value
			}
		}
		return out, nil
	case t.Kind() == reflect.Slice:
		if null {
			return nil, nil
		}
		if n.Kind != yaml.SequenceNode {
			return nil, at("want a list")
		}
		out := make([]any, len(n.Content))
		for i, e := range n.Content {
			value, err := specValue(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
			if err != nil {
				return nil, err
			}
			if value == nil {
				return nil, fmt.Errorf("line %d: %s[%d]: empty entry", e.Line, path, i)
			}
			out[i] = value
		}
		return out, nil
	}
	if n.Kind != yaml.ScalarNode {
		return nil, at("want a single value, got a %s", map[yaml.Kind]string{yaml.MappingNode: "mapping", yaml.SequenceNode: "list"}[n.Kind])
	}
	if null {
		return nil, at("no value")
	}
	switch t.Kind() {
	case reflect.String:
		return n.Value, nil // whatever YAML would make of it, the text written
	case reflect.Bool:
		var b bool
		if n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
			return nil, at("%q: want true or false", n.Value)
		}
		return b, nil
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		var u uint64
		if n.ShortTag() != "!!int" || n.Decode(&u) != nil {
			return nil, at("%q: want an integer in [0, %d]", n.Value, uint64(1)<<t.Bits()-1)
		}
		if t.Bits() < 64 && u >= uint64(1)<<t.Bits() {
			return nil, at("%d out of range: want an integer in [0, %d]", u, uint64(1)<<t.Bits()-1)
		}
		return u, nil
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var i int64
		lo, hi := -int64(1)<<(t.Bits()-1), int64(1)<<(t.Bits()-1)-1
		if n.ShortTag() != "!!int" || n.Decode(&i) != nil || i < lo || i > hi {
			return nil, at("%q: want an integer in [%d, %d]", n.Value, lo, hi)
		}
		return i, nil
	}
	return nil, at("unsupported type %s", t) // a new field type: extend specValue
}

// parseHyperparamSettings builds a set_hyperparams patch from KEY=VALUE
// arguments (KEY a JSON name of ledger.Hyperparams) with the ledger's own
// decoder, and returns the keys in the order given.
func parseHyperparamSettings(settings []string) (ledger.HyperparamsPatch, []string, error) {
	var patch ledger.HyperparamsPatch
	if len(settings) == 0 {
		return patch, nil, errors.New("no KEY=VALUE given")
	}
	types := map[string]reflect.Type{}
	pt := reflect.TypeFor[ledger.HyperparamsPatch]()
	for i := range pt.NumField() {
		name, _, _ := strings.Cut(pt.Field(i).Tag.Get("json"), ",")
		types[name] = pt.Field(i).Type.Elem()
	}
	fields := map[string]json.RawMessage{}
	var names []string
	for _, s := range settings {
		name, value, ok := strings.Cut(s, "=")
		if !ok {
			return patch, nil, fmt.Errorf("%q: want KEY=VALUE", s)
		}
		t, known := types[name]
		if !known {
			return patch, nil, fmt.Errorf("unknown hyperparameter %q", name)
		}
		if _, dup := fields[name]; dup {
			return patch, nil, fmt.Errorf("%s given twice", name)
		}
		var (
			v   any
			err error
		)
		switch {
		case t == factorType:
			if _, err = ledger.ParseFactor(value); err == nil {
				v = value
			}
		case t.Kind() == reflect.Bool:
			if value != "true" && value != "false" {
				err = errors.New("want true or false")
			}
			v = value == "true"
		case t.Kind() >= reflect.Uint8 && t.Kind() <= reflect.Uint64:
			if v, err = strconv.ParseUint(value, 10, t.Bits()); err != nil {
				err = fmt.Errorf("want an integer in [0, %d]", uint64(1)<<t.Bits()-1)
			}
		case t.Kind() >= reflect.Int8 && t.Kind() <= reflect.Int64:
			if v, err = strconv.ParseInt(value, 10, t.Bits()); err != nil {
				err = fmt.Errorf("want an integer in [%d, %d]", -int64(1)<<(t.Bits()-1), int64(1)<<(t.Bits()-1)-1)
			}
		default:
			err = fmt.Errorf("unsupported type %s", t)
		}
		if err != nil {
			return patch, nil, fmt.Errorf("%s=%s: %w", name, value, err)
		}
		raw, err := json.Marshal(v)
		if err != nil {
			return patch, nil, err
		}
		fields[name] = raw
		names = append(names, name)
	}
	obj, err := json.Marshal(fields)
	if err != nil {
		return patch, nil, err
	}
	if err := json.Unmarshal(obj, &patch); err != nil {
		return patch, nil, err
	}
	return patch, names, nil
}

// hyperparamValues returns each hyperparameter's value as text, by JSON
// name.
func hyperparamValues(h ledger.Hyperparams) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(h)
	for i := range v.NumField() {
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		out[name] = fmt.Sprint(v.Field(i).Interface())
	}
	return out
}

// short abbreviates a content hash for a table.
func short(hash string) string {
	if len(hash) > 16 {
		return hash[:16] + "…"
	}
	return hash
}

// writeSubnet prints a subnet for people: its definition, its
// hyperparameters and its neurons.
func writeSubnet(w io.Writer, s ledger.SubnetView) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "subnet\t%d %q\n", s.ID, s.Name)
	fmt.Fprintf(tw, "task\t%s\n", s.Task)
	fmt.Fprintf(tw, "owner\t%s\n", s.Owner.Hex())
	fmt.Fprintf(tw, "model\t%s\n", s.ModelHash)
	if s.ModelURL != "" {
		fmt.Fprintf(tw, "model url\t%s\n", s.ModelURL)
	}
	for i, d := range s.Datasets {
		label := ""
		if i == 0 {
			label = "datasets"
		}
		fmt.Fprintf(tw, "%s\t%s\n", label, strings.TrimSpace(d.Name+"  "+d.Hash+"  "+d.URL))
	}
	if len(s.Datasets) == 0 {
		fmt.Fprintf(tw, "datasets\tnone\n")
	}
	sc := reflect.ValueOf(s.Scoring)
	var params []string
	for i := range sc.NumField() {
		name, _, _ := strings.Cut(sc.Type().Field(i).Tag.Get("json"), ",")
		if slices.Contains(ledger.ScoringParams(s.Task), name) {
			params = append(params, fmt.Sprintf("%s=%v", name, sc.Field(i).Interface()))
		}
	}
	fmt.Fprintf(tw, "scoring\t%s\n", strings.Join(params, " "))
	fmt.Fprintf(tw, "blocks\tcreated %d, last epoch %d, next epoch %d; %d epochs run\n",
		s.CreatedAt, s.LastEpochBlock, s.NextEpochBlock, s.Epochs)
	fmt.Fprintf(tw, "registration price\t%d\n", s.Burn)
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "HYPERPARAMETER\tVALUE\tSET BY")
	hv := reflect.ValueOf(s.Hyperparams)
	for i := range hv.NumField() {
		name, _, _ := strings.Cut(hv.Type().Field(i).Tag.Get("json"), ",")
		who := "root"
		if ledger.OwnerSettable(name) {
			who = "owner"
		}
		fmt.Fprintf(tw, "%s\t%v\t%s\n", name, hv.Field(i).Interface(), who)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(&buf, "\nneurons: %d of %d\n", len(s.Neurons), s.Hyperparams.MaxAllowedUIDs)
	if len(s.Neurons) > 0 {
		tw = tabwriter.NewWriter(&buf, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "UID\tROLE\tHOTKEY\tSTAKE\tINCENTIVE\tDIVIDENDS\tEMISSION\tPERMIT\tAXON\t")
		for _, n := range s.Neurons {
			axon := n.Axon
			if axon == "" {
				axon = "-"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%.4f\t%.4f\t%d\t%t\t%s\t\n", n.UID, n.Role, n.Hotkey.Hex(), n.Stake,
				float64(n.Incentive)/math.MaxUint16, float64(n.Dividends)/math.MaxUint16, n.Emission, n.ValidatorPermit, axon)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}
