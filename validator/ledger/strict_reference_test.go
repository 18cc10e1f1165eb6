package ledger_test

// The former, two-pass strict decoder (json.Unmarshal into a map for the
// key checks, then encoding/json into the struct), kept as the reference
// that the single-pass decoder of strict.go must match: the differential
// tests below feed both the same bytes and require the same accept/reject
// decision, the same decoded value and the same error message.
//
// This file is in package ledger_test so that its copies of the types
// whose UnmarshalJSON the reference replaces (Dataset, Stake, Hyperparams,
// HyperparamsPatch, Scoring and the payloads holding them) can carry the
// same names, and hence the same error messages, as the ledger's.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/agora-net/agora/validator/ledger"
)

// refDecodeStrict is the former decodeStrict.
func refDecodeStrict(data []byte, v any, required ...string) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	if fields == nil {
		return errors.New("want a JSON object, got null")
	}
	known := refJSONNames(reflect.TypeOf(v).Elem())
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if !slices.Contains(known, k) {
			return fmt.Errorf("unknown field %q", refTruncate(k, 40))
		}
	}
	for _, k := range required {
		raw, ok := fields[k]
		if !ok {
			return fmt.Errorf("missing field %q", k)
		}
		if string(raw) == "null" {
			return fmt.Errorf("field %q is null", k)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func refJSONNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		if f.IsExported() && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

func refTruncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// refObjectKeys is the former objectKeys.
func refObjectKeys(data []byte) ([]string, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	if fields == nil {
		return nil, errors.New("want a JSON object, got null")
	}
	return slices.Sorted(maps.Keys(fields)), nil
}

// Copies of the ledger's types with the former UnmarshalJSON.
type (
	Dataset struct {
		Name string `json:"name"`
		Hash string `json:"hash"`
		URL  string `json:"url,omitempty"`
	}
	Stake struct {
		Hotkey common.Address `json:"hotkey"`
		Amount uint64         `json:"amount"`
	}
	Hyperparams      ledger.Hyperparams
	HyperparamsPatch ledger.HyperparamsPatch
	Scoring          ledger.Scoring
	CreateSubnet     struct {
		ID          uint16      `json:"id"`
		Name        string      `json:"name"`
		Task        string      `json:"task"`
		ModelHash   string      `json:"model_hash"`
		ModelURL    string      `json:"model_url,omitempty"`
		Datasets    []Dataset   `json:"datasets,omitempty"`
		Scoring     Scoring     `json:"scoring,omitzero"`
		Hyperparams Hyperparams `json:"hyperparams"`
	}
	StakeSnapshot struct {
		Block  uint64  `json:"block"`
		Stakes []Stake `json:"stakes"`
	}
	SetHyperparams struct {
		Subnet      uint16           `json:"subnet"`
		Hyperparams HyperparamsPatch `json:"hyperparams"`
	}
)

func (d *Dataset) UnmarshalJSON(data []byte) error {
	type plain Dataset
	return refDecodeStrict(data, (*plain)(d), "name", "hash")
}

func (s *Stake) UnmarshalJSON(data []byte) error {
	type plain Stake
	return refDecodeStrict(data, (*plain)(s), "hotkey", "amount")
}

func (h *Hyperparams) UnmarshalJSON(data []byte) error {
	type plain Hyperparams
	return refDecodeStrict(data, (*plain)(h))
}

func (p *HyperparamsPatch) UnmarshalJSON(data []byte) error {
	type plain HyperparamsPatch
	keys, err := refObjectKeys(data)
	if err != nil {
		return err
	}
	return refDecodeStrict(data, (*plain)(p), keys...)
}

func (s *Scoring) UnmarshalJSON(data []byte) error {
	type plain Scoring
	keys, err := refObjectKeys(data)
	if err != nil {
		return err
	}
	return refDecodeStrict(data, (*plain)(s), keys...)
}

// refDecodeEnvelope is the former DecodeEnvelope.
func refDecodeEnvelope(data []byte) (*ledger.Envelope, error) {
	if len(data) > ledger.MaxEnvelopeSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ledger.ErrMalformedEnvelope, len(data), ledger.MaxEnvelopeSize)
	}
	var e ledger.Envelope
	if err := refDecodeStrict(data, &e, "type", "version", "payload", "nonce", "signer", "signature"); err != nil {
		return nil, fmt.Errorf("%w: %v", ledger.ErrMalformedEnvelope, err)
	}
	return &e, nil
}

// refCanonicalPayload is the former CanonicalPayload.
func refCanonicalPayload(payload json.RawMessage) ([]byte, error) {
	if len(payload) == 0 {
		return nil, errors.New("empty payload")
	}
	out, err := json.Marshal(payload)
	if err != nil {
		var me *json.MarshalerError
		if errors.As(err, &me) {
			return nil, me.Unwrap()
		}
		return nil, err
	}
	return out, nil
}

func refPayload(typ string, payload []byte, v any, required ...string) error {
	if len(payload) > ledger.MaxPayloadSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ledger.ErrPayloadTooLarge, len(payload), ledger.MaxPayloadSize)
	}
	if err := refDecodeStrict(payload, v, required...); err != nil {
		return fmt.Errorf("%w: %s: %v", ledger.ErrInvalidPayload, typ, err)
	}
	return nil
}

func refValidated[T interface{ Validate() error }](v T, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	if err := v.Validate(); err != nil {
		return nil, err
	}
	return v, nil
}

// refDecodePayload is the former DecodePayload, converting its copies of
// the ledger's types back.
func refDecodePayload(typ string, payload []byte) (any, error) {
	switch typ {
	case ledger.TypeTick:
		var v ledger.Tick
		return refValidated(v, refPayload(typ, payload, &v, "block"))
	case ledger.TypeRegister:
		var v ledger.Register
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "role"))
	case ledger.TypeSetWeights:
		var v ledger.SetWeights
		err := refPayload(typ, payload, &v, "subnet")
		return refValidated(v, err)
	case ledger.TypeServeAxon:
		var v ledger.ServeAxon
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "ip", "port", "ip_type"))
	case ledger.TypeCommitWeights:
		var v ledger.CommitWeights
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "hash"))
	case ledger.TypeRevealWeights:
		var v ledger.RevealWeights
		err := refPayload(typ, payload, &v, "subnet", "salt")
		return refValidated(v, err)
	case ledger.TypeSettle:
		var v ledger.Settle
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "epoch", "tx"))
	case ledger.TypeCommitFineTune:
		var v ledger.CommitFineTune
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "commitment"))
	case ledger.TypeReportEvidence:
		var v ledger.ReportEvidence
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "hotkey", "evidence"))
	case ledger.TypeSlash:
		var v ledger.Slash
		return refValidated(v, refPayload(typ, payload, &v, "subnet", "hotkey", "epoch", "amount"))
	case ledger.TypeStakeSnapshot:
		var v StakeSnapshot
		err := refPayload(typ, payload, &v, "block", "stakes")
		out := ledger.StakeSnapshot{Block: v.Block, Stakes: convertSlice(v.Stakes, func(s Stake) ledger.Stake { return ledger.Stake(s) })}
		return refValidated(out, err)
	case ledger.TypeSetHyperparams:
		var v SetHyperparams
		err := refPayload(typ, payload, &v, "subnet", "hyperparams")
		return refValidated(ledger.SetHyperparams{Subnet: v.Subnet, Hyperparams: ledger.HyperparamsPatch(v.Hyperparams)}, err)
	case ledger.TypeCreateSubnet:
		c := CreateSubnet{Hyperparams: Hyperparams(ledger.DefaultHyperparams())}
		if err := refPayload(typ, payload, &c, "id", "name", "task", "model_hash"); err != nil {
			return nil, err
		}
		var raw struct {
			Scoring json.RawMessage `json:"scoring"`
		}
		if err := json.Unmarshal(payload, &raw); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ledger.ErrInvalidPayload, typ, err)
		}
		c.Scoring = Scoring(ledger.DefaultScoring(c.Task))
		if raw.Scoring != nil {
			if err := json.Unmarshal(raw.Scoring, &c.Scoring); err != nil {
				return nil, fmt.Errorf("%w: %s: scoring: %v", ledger.ErrInvalidPayload, typ, err)
			}
		}
		out := ledger.CreateSubnet{ID: c.ID, Name: c.Name, Task: c.Task, ModelHash: c.ModelHash, ModelURL: c.ModelURL,
			Datasets:    convertSlice(c.Datasets, func(d Dataset) ledger.Dataset { return ledger.Dataset(d) }),
			Scoring:     ledger.Scoring(c.Scoring),
			Hyperparams: ledger.Hyperparams(c.Hyperparams)}
		return refValidated(out, nil)
	}
	return nil, fmt.Errorf("%w: %q", ledger.ErrUnknownType, refTruncate(typ, 32))
}

// convertSlice converts each element, keeping nil and empty apart.
func convertSlice[S, T any](in []S, f func(S) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

// sameError reports whether two errors say the same; the copies' types are
// named ledger_test.X where the ledger's are ledger.X.
func sameError(got, want error) bool {
	if (got == nil) != (want == nil) {
		return false
	}
	return got == nil || got.Error() == strings.ReplaceAll(want.Error(), "ledger_test.", "ledger.")
}

// compareDecoders runs every decoder on data and reports the first
// difference from the reference.
func compareDecoders(t *testing.T, data []byte) {
	t.Helper()
	types := []string{ledger.TypeTick, ledger.TypeCreateSubnet, ledger.TypeRegister, ledger.TypeSetWeights, ledger.TypeSettle,
		ledger.TypeSetHyperparams, ledger.TypeServeAxon, ledger.TypeStakeSnapshot, ledger.TypeCommitWeights, ledger.TypeRevealWeights,
		ledger.TypeCommitFineTune, ledger.TypeReportEvidence, ledger.TypeSlash}
	for _, typ := range types {
		got, gerr := ledger.DecodePayload(typ, data)
		want, werr := refDecodePayload(typ, data)
		if !sameError(gerr, werr) {
			t.Fatalf("%s %q:\ngot error  %v\nwant error %v", typ, show(data), gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s %q:\ngot  %#v\nwant %#v", typ, show(data), got, want)
		}
	}

	gotEnv, gerr := ledger.DecodeEnvelope(data)
	wantEnv, werr := refDecodeEnvelope(data)
	if !sameError(gerr, werr) {
		t.Fatalf("envelope %q:\ngot error  %v\nwant error %v", show(data), gerr, werr)
	}
	if !reflect.DeepEqual(gotEnv, wantEnv) {
		t.Fatalf("envelope %q:\ngot  %#v\nwant %#v", show(data), gotEnv, wantEnv)
	}
	if gotEnv != nil {
		comparePayloadHash(t, gotEnv)
	}
	comparePayloadHash(t, &ledger.Envelope{Payload: data})

	// The strict inner types, decoded on their own over a nonzero value.
	compareUnmarshal(t, data, func() any { h := ledger.DefaultHyperparams(); return &h },
		func() any { h := Hyperparams(ledger.DefaultHyperparams()); return &h })
	compareUnmarshal(t, data, func() any { return &ledger.HyperparamsPatch{Tempo: new(uint16)} },
		func() any { return &HyperparamsPatch{Tempo: new(uint16)} })
	compareUnmarshal(t, data, func() any { s := ledger.DefaultScoring(ledger.TaskInference); return &s },
		func() any { s := Scoring(ledger.DefaultScoring(ledger.TaskInference)); return &s })
	compareUnmarshal(t, data, func() any { return &ledger.Dataset{URL: "u"} }, func() any { return &Dataset{URL: "u"} })
	compareUnmarshal(t, data, func() any { return &ledger.Stake{Amount: 7} }, func() any { return &Stake{Amount: 7} })
}

// show shortens an input for a failure message.
func show(data []byte) string {
	if len(data) > 300 {
		return string(data[:150]) + " … " + string(data[len(data)-150:])
	}
	return string(data)
}

// comparePayloadHash checks PayloadHash (which skips re-encoding a payload
// already canonical) against keccak256 of the former CanonicalPayload.
func comparePayloadHash(t *testing.T, e *ledger.Envelope) {
	t.Helper()
	got, gerr := e.PayloadHash()
	canon, cerr := refCanonicalPayload(e.Payload)
	if c, err := ledger.CanonicalPayload(e.Payload); !sameError(err, cerr) || !bytes.Equal(c, canon) {
		t.Fatalf("payload %q: CanonicalPayload %q, %v; want %q, %v", show(e.Payload), show(c), err, show(canon), cerr)
	}
	var werr error
	if cerr != nil {
		werr = fmt.Errorf("%w: %v", ledger.ErrInvalidPayload, cerr)
	}
	if !sameError(gerr, werr) {
		t.Fatalf("payload %q: PayloadHash error %v, want %v", show(e.Payload), gerr, werr)
	}
	if werr == nil && got != crypto.Keccak256Hash(canon) {
		t.Fatalf("payload %q: PayloadHash %s, want keccak256(%q)", show(e.Payload), got.Hex(), show(canon))
	}
}

// compareUnmarshal decodes data with json.Unmarshal into a fresh value of
// the ledger's type and of its copy.
func compareUnmarshal(t *testing.T, data []byte, mine, ref func() any) {
	t.Helper()
	got, want := mine(), ref()
	gerr, werr := json.Unmarshal(data, got), json.Unmarshal(data, want)
	if !sameError(gerr, werr) {
		t.Fatalf("%T %q:\ngot error  %v\nwant error %v", got, show(data), gerr, werr)
	}
	if gerr == nil {
		wv := reflect.ValueOf(want).Elem().Convert(reflect.TypeOf(got).Elem()).Interface()
		if !reflect.DeepEqual(reflect.ValueOf(got).Elem().Interface(), wv) {
			t.Fatalf("%T %q:\ngot  %#v\nwant %#v", got, show(data), got, wv)
		}
	}
}

// decoderSeeds are inputs that reach every decoder's paths: each type's
// valid payload, envelopes, and the corner cases of the JSON grammar and
// of encoding/json's decoding (repeated keys, nulls, escapes, invalid
// UTF-8, numbers out of range or not integers, deep nesting).
func decoderSeeds(tb testing.TB) [][]byte {
	h := strings.Repeat("ab", 32)
	addr := `"0x` + strings.Repeat("11", 20) + `"`
	seeds := []string{
		`{"block":1}`, `{"block":18446744073709551615}`, `{"block":18446744073709551616}`, `{"block":-0}`, `{"block":0}`,
		`{"block":1.0}`, `{"block":1e2}`, `{"block":"1"}`, `{"block":true}`, `{"block":[]}`, `{"block":{}}`, `{"block":null}`,
		`{"block":01}`, `{"block":-}`, `{"block":1,}`, `{"block" 1}`, `{"block":1}x`, `{"block":1} `, ` {"block":1}`, `{"block":1}]`,
		`{"block":1,"block":2}`, `{"block":null,"block":2}`, `{"block":2,"block":null}`, `{"Block":1}`, `{"bl\u006fck":1}`,
		`{"block":1,"zz":1,"aa":2}`, `{}`, `[]`, `null`, `"x"`, `1`, `true`, ``, `{`, `{"`, `{"a":"\ud800"}`, "{\"a\":\"\xff\"}",
		`{"id":1,"name":"text","task":"inference","model_hash":"` + h + `"}`,
		`{"id":1,"name":"a<b>&c\u2028","task":"fine-tune","model_hash":"` + h + `","model_url":"https://x.example/a?b=1&c=2",` +
			`"datasets":[{"name":"eval","hash":"` + h + `","url":"http://d.example/x"},{"name":"p","hash":"` + h + `"}],` +
			`"scoring":{"held_out_dataset":"eval","epsilon_permille":7},"hyperparams":{"tempo":5,"burn_increase_mult":"1.5","yuma3":false}}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","scoring":{"topk":3},"scoring":{"cosine_pass_permille":5}}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","scoring":{"topk":null}}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","scoring":[1]}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","hyperparams":{"tempo":null,"kappa":7,"kappa":8}}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","hyperparams":{"alpha_sigmoid_steepness":-0,"burn_increase_mult":null}}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","hyperparams":{"alpha_sigmoid_steepness":40000}}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","hyperparams":5}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","datasets":[{"name":"a","hash":"` + h + `","url":"http://u.example"}],"datasets":[{"name":"b","hash":"` + h + `"}]}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","datasets":[null]}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","datasets":5}`,
		`{"id":1,"name":"x","task":"inference","model_hash":"` + h + `","datasets":[{"name":"a","hash":7}]}`,
		`{"subnet":1,"role":"miner","axon":"10.0.0.1:80","max_burn":5}`, `{"subnet":1,"role":"miner","max_burn":null}`,
		`{"subnet":1,"role":"miner","max_burn":5,"max_burn":null}`, `{"subnet":1,"role":"mi\u006eer"}`, `{"subnet":1,"role":7}`,
		`{"subnet":1,"uids":[0,1],"values":[1,65535],"version_key":7}`, `{"subnet":1,"uids":[5,6],"uids":[null]}`,
		`{"subnet":1,"uids":[5,6,7],"uids":[8],"uids":[1,null,null]}`, `{"subnet":1,"uids":[],"values":null}`,
		`{"subnet":1,"uids":[65536]}`, `{"subnet":1,"uids":[1.5]}`, `{"subnet":1,"uids":["1"]}`, `{"subnet":1,"uids":[[1]]}`,
		`{"subnet":1,"uids":{}}`, `{"subnet":1,"uids":"AAE="}`, `{"subnet":1,"uids":[1,2,]}`, `{"subnet":1,"uids":[1 2]}`,
		`{"subnet":1,"epoch":1,"tx":"0x` + h + `"}`, `{"subnet":1,"epoch":1,"tx":"0x` + strings.ToUpper(h) + `"}`,
		`{"subnet":1,"hyperparams":{"kappa":1,"burn_increase_mult":"1.26"}}`, `{"subnet":1,"hyperparams":{"kappa":null,"kappa":1}}`,
		`{"subnet":1,"hyperparams":{"kappa":1},"hyperparams":{"tempo":2}}`, `{"subnet":1,"hyperparams":{"burn_increase_mult":1.5}}`,
		`{"subnet":1,"hyperparams":{}}`, `{"subnet":1,"hyperparams":{"Kappa":1}}`, `{"subnet":1,"hyperparams":null}`,
		`{"subnet":1,"ip":"203.0.113.7","port":8091,"ip_type":4,"protocol":4}`, `{"subnet":1,"ip":"::1","port":1,"ip_type":6}`,
		`{"subnet":1,"role":"miner","model_hash":"` + h + `","hardware":{"class":"gpu-24gb","cpu_model":"EPYC","cores":16,"memory_bytes":1,"gpus":[{"name":"L4","memory_mib":23034}]}}`,
		`{"subnet":1,"role":"miner","hardware":{"class":"cpu","gpus":[{"name":"L4"}]}}`, `{"subnet":1,"role":"miner","hardware":{"cores":1}}`,
		`{"subnet":1,"role":"miner","hardware":{"class":"cpu","cores":"1"}}`, `{"subnet":1,"role":"miner","hardware":null}`,
		`{"subnet":1,"role":"miner","hardware":{"class":"cpu","gpus":[null]}}`, `{"subnet":1,"role":"miner","hardware":{"class":"cpu","x":1}}`,
		`{"subnet":1,"ip":"203.0.113.7","port":1,"ip_type":4,"hardware":{"class":"cpu"},"model_hash":"` + h + `"}`,
		`{"subnet":2,"commitment":"` + h + `"}`, `{"subnet":2,"commitment":null}`, `{"subnet":2,"commitment":"` + strings.ToUpper(h) + `"}`,
		`{"subnet":1,"hotkey":` + addr + `,"evidence":"0x` + h + `"}`, `{"subnet":1,"hotkey":` + addr + `,"evidence":null}`,
		`{"subnet":1,"hotkey":` + addr + `,"epoch":2,"amount":5,"tx":"0x` + h + `"}`, `{"subnet":1,"hotkey":` + addr + `,"epoch":2,"amount":0}`,
		`{"block":3,"stakes":[{"hotkey":` + addr + `,"amount":5}]}`, `{"block":3,"stakes":[{"hotkey":` + addr + `,"amount":5,"amount":null}]}`,
		`{"block":3,"stakes":[{"hotkey":` + addr + `}]}`, `{"block":3,"stakes":[null]}`, `{"block":3,"stakes":[{"hotkey":"0x11","amount":1}]}`,
		`{"block":3,"stakes":[{"hotkey":` + addr + `,"amount":1}],"stakes":[{"amount":2}]}`,
		`{"subnet":1,"hash":"0x` + h + `"}`, `{"subnet":1,"hash":"0x` + h[2:] + `"}`, `{"subnet":1,"hash":"\u0030x` + h + `"}`, `{"subnet":1,"hash":[]}`,
		`{"subnet":1,"uids":[1,2],"values":[3,4],"salt":"0x` + h + `","version_key":9}`, `{"subnet":1,"salt":null}`,
		`{"subnet":1,"salt":"` + h + `"}`, `{"subnet":1,"salt":"0x` + h + `","salt":"0x00"}`,
		`{"type":"tick","version":1,"payload":{"block":12},"nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":{ "block" : 12 },"nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":{"a":"<"},"nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":"\u2028","nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":null,"payload":[1],"nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":null,"type":"tick","version":1,"payload":1,"nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":65536,"payload":1,"nonce":1,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":1,"nonce":1,"signer":null,"signer":` + addr + `,"signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":1,"nonce":1,"signer":"0x00","signature":"0x00"}`,
		`{"type":"tick","version":1,"payload":1,"nonce":1,"signer":` + addr + `,"signature":"00"}`,
		`{"type":"tick","version":1,"payload":1,"nonce":1,"signer":` + addr + `}`,
		`{"type":"tick","version":1,"payload":1,"nonce":1,"signer":` + addr + `,"signature":"0x00","x":1}`,
	}
	out := make([][]byte, 0, len(seeds)+4)
	for _, s := range seeds {
		out = append(out, []byte(s))
	}
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	out = append(out, []byte(deep), []byte("["+deep+"]"),
		[]byte(`{"type":"tick","version":1,"payload":`+deep[1:len(deep)-1]+`,"nonce":1,"signer":`+addr+`,"signature":"0x00"}`),
		[]byte(`{"type":"tick","version":1,"payload":`+deep+`,"nonce":1,"signer":`+addr+`,"signature":"0x00"}`))
	return out
}

func TestStrictDecodingMatchesReferenceOnSeeds(t *testing.T) {
	for _, data := range decoderSeeds(t) {
		compareDecoders(t, data)
	}
}

// TestStrictDecodingMatchesReferenceOnMutations compares the decoders on
// seeded random mutations of the seeds (the fuzz test's job, done in every
// test run on a fixed sample).
func TestStrictDecodingMatchesReferenceOnMutations(t *testing.T) {
	seeds := decoderSeeds(t)
	seeds = seeds[:len(seeds)-4] // not the deep ones: slow to mutate
	r := rand.New(rand.NewPCG(7, 11))
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	for range n {
		compareDecoders(t, mutate(r, seeds[r.IntN(len(seeds))], seeds))
	}
}

// mutate applies 1..4 random edits that keep most of the input's shape:
// inserting, deleting or replacing a byte (often one of JSON's own),
// duplicating or cutting a span, or splicing in part of another seed.
func mutate(r *rand.Rand, in []byte, others [][]byte) []byte {
	const alphabet = `{}[]":,0123456789-+.eE tfnul\"\\/bru` + "\x00\x1f\x7f\xc3\xa9\xe2\x80\xa8\xff<>&"
	b := slices.Clone(in)
	for range 1 + r.IntN(4) {
		if len(b) == 0 {
			b = append(b, alphabet[r.IntN(len(alphabet))])
			continue
		}
		i := r.IntN(len(b))
		switch r.IntN(6) {
		case 0:
			b = slices.Insert(b, i, alphabet[r.IntN(len(alphabet))])
		case 1:
			b = slices.Delete(b, i, i+1)
		case 2:
			b[i] = alphabet[r.IntN(len(alphabet))]
		case 3:
			j := i + r.IntN(min(16, len(b)-i)+1)
			b = slices.Insert(b, j, b[i:j]...)
		case 4:
			j := i + r.IntN(min(16, len(b)-i)+1)
			b = slices.Delete(b, i, j)
		default:
			o := others[r.IntN(len(others))]
			if len(o) == 0 {
				continue
			}
			k := r.IntN(len(o))
			l := k + r.IntN(min(24, len(o)-k)+1)
			b = slices.Insert(b, i, o[k:l]...)
		}
	}
	return b
}

// FuzzStrictDecodingMatchesReference: the single-pass decoders accept and
// reject what the former ones did, decode the same values and report the
// same errors.
func FuzzStrictDecodingMatchesReference(f *testing.F) {
	for _, s := range decoderSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareDecoders(t, data)
	})
}

// The former decoders on the cluster benchmark's command, for comparison
// with BenchmarkDecodeEnvelope and BenchmarkDecodeRevealPayload.
func BenchmarkReferenceDecodeEnvelope(b *testing.B) {
	data := referenceBenchReveal(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := refDecodeEnvelope(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReferenceDecodeRevealPayload(b *testing.B) {
	env, err := refDecodeEnvelope(referenceBenchReveal(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(env.Payload)))
	for b.Loop() {
		if _, err := refDecodePayload(env.Type, env.Payload); err != nil {
			b.Fatal(err)
		}
	}
}

func referenceBenchReveal(tb testing.TB) []byte {
	uids, values := make([]uint16, 256), make([]uint16, 256)
	for i := range uids {
		uids[i], values[i] = uint16(i), uint16(i*257)
	}
	env, err := ledger.NewEnvelope(ledger.TypeRevealWeights, ledger.RevealWeights{Subnet: 1, UIDs: uids, Values: values, Salt: make([]byte, 16)}, 9)
	if err != nil {
		tb.Fatal(err)
	}
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("bench")))
	if err := env.Sign(key, 1337); err != nil {
		tb.Fatal(err)
	}
	data, err := json.Marshal(env)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// refVerify is the former Envelope.Verify: the payload re-encoded by
// encoding/json, the digest by apitypes, the key by crypto.SigToPub.
func refVerify(e *ledger.Envelope, chainID uint64) error {
	if !ledger.KnownType(e.Type) {
		return fmt.Errorf("%w: %q", ledger.ErrUnknownType, refTruncate(e.Type, 32))
	}
	if e.Version != ledger.Version {
		return fmt.Errorf("%w: %d, want %d", ledger.ErrUnsupportedVersion, e.Version, ledger.Version)
	}
	if len(e.Payload) > ledger.MaxPayloadSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ledger.ErrPayloadTooLarge, len(e.Payload), ledger.MaxPayloadSize)
	}
	canon, err := refCanonicalPayload(e.Payload)
	if err != nil {
		return fmt.Errorf("%w: %v", ledger.ErrInvalidPayload, err)
	}
	if len(e.Signature) != ledger.SignatureSize {
		return fmt.Errorf("%w: %d bytes, want %d", ledger.ErrBadSignature, len(e.Signature), ledger.SignatureSize)
	}
	sig := slices.Clone([]byte(e.Signature))
	switch v := sig[64]; v {
	case 0, 1:
	case 27, 28:
		sig[64] = v - 27
	default:
		return fmt.Errorf("%w: v = %d", ledger.ErrBadSignature, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, false) {
		return fmt.Errorf("%w: r or s out of range", ledger.ErrBadSignature)
	}
	halfN := new(big.Int).Rsh(crypto.S256().Params().N, 1)
	if s.Cmp(halfN) > 0 {
		return ledger.ErrMalleableSignature
	}
	td, err := e.TypedData(chainID)
	if err != nil {
		return err
	}
	_ = canon // TypedData hashes the same canonical payload
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return fmt.Errorf("ledger: eip-712 hash: %w", err)
	}
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ledger.ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != e.Signer {
		return fmt.Errorf("%w: signed by %s, signer %s", ledger.ErrWrongSigner, got.Hex(), e.Signer.Hex())
	}
	return nil
}

// Verify (hand-written digest, byte-wise range checks, Ecrecover) decides
// as the former Verify did, with the same error, on signed envelopes and
// mutations of their signature, signer, fields and payload layout.
func TestVerifyMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("verify")))
	n := crypto.S256().Params().N
	word := func(x *big.Int) []byte { return x.FillBytes(make([]byte, 32)) }
	halfN := new(big.Int).Rsh(n, 1)
	specials := [][]byte{make([]byte, 32), word(big.NewInt(1)), word(halfN), word(new(big.Int).Add(halfN, big.NewInt(1))),
		word(new(big.Int).Sub(n, big.NewInt(1))), word(n), bytes.Repeat([]byte{0xff}, 32)}
	payloads := []string{`{"block":5}`, `{ "block": 5 }`, `{"a":"<&>"}`, "{\"a\":\"\u2028\"}", `{"block":`, ``, `[1,2]`}
	accepted := 0
	for i := range 3000 {
		env := &ledger.Envelope{Type: ledger.TypeTick, Version: ledger.Version, Payload: json.RawMessage(payloads[r.IntN(2)]), Nonce: r.Uint64()}
		if err := env.Sign(key, 1337); err != nil {
			t.Fatal(err)
		}
		switch r.IntN(9) {
		case 0:
			env.Signature[r.IntN(65)] ^= byte(1 + r.IntN(255))
		case 1:
			env.Signature[64] = byte(r.IntN(30))
		case 2:
			copy(env.Signature[:32], specials[r.IntN(len(specials))])
		case 3:
			copy(env.Signature[32:64], specials[r.IntN(len(specials))])
		case 4:
			env.Signature = append(env.Signature, 1, 2, 3)[:r.IntN(69)]
		case 5:
			env.Signer[r.IntN(20)] ^= 1
		case 6:
			env.Payload = json.RawMessage(payloads[r.IntN(len(payloads))])
		case 7:
			env.Type = []string{ledger.TypeSettle, "mint", ""}[r.IntN(3)]
			env.Version = uint16(r.IntN(3))
		}
		chain := uint64(1337)
		if i%10 == 0 {
			chain++
		}
		got, want := env.Verify(chain), refVerify(env, chain)
		if !sameError(got, want) {
			t.Fatalf("envelope %+v: Verify = %v, former %v", env, got, want)
		}
		if got == nil {
			accepted++
		}
	}
	if accepted < 200 || accepted > 2800 {
		t.Fatalf("%d accepted: the mutations are too tame or too wild", accepted)
	}
}
