package validator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/validator/ledger"
)

// randomCommands is how many commands TestRandomCommands sends: 10,000
// (about 5 s, 20 s under the race detector, on 2 CPUs), or 2,000 with
// -short.
func randomCommands() int {
	if testing.Short() {
		return 2_000
	}
	return 10_000
}

// actor sends random commands signed by one key, one at a time.
type actor struct {
	*signer
	root    bool // a genesis validator
	r       *rand.Rand
	commits []pendingCommit // applied commits, the latest last
	commit  *pendingCommit  // the commit of the command being sent
}

type pendingCommit struct {
	subnet       uint16
	uids, values []uint16
	salt         []byte
}

// outcome classes of one submission, for the test's tally.
const (
	outApplied   = "applied"
	outRejected  = "rejected by the ledger"
	outBadNonce  = "rejected for its nonce"
	outRefused   = "refused at the API edge"
	outUncertain = "outcome unknown"
)

// TestRandomCommands sends thousands of random commands, valid and
// invalid (bad signatures, wrong nonces, malformed or invalid payloads,
// unknown subnets, bad weights, commits and reveals, registrations, ticks,
// hyperparameter changes, stake snapshots, settlements), from many keys,
// concurrently, each through the HTTP API of a random member, while the
// members snapshot and compact their logs. Every replica must end with the
// same ledger state hash at the same applied index, and each key's nonce
// must be what its sender observed.
func TestRandomCommands(t *testing.T) {
	total := randomCommands()
	c := newTestCluster(t, 3)
	roots := c.addGenesisValidators(4)
	c.form(3)

	var actors []*actor
	for i, s := range roots {
		actors = append(actors, &actor{signer: s, root: true, r: rand.New(rand.NewPCG(uint64(i), 42))})
	}
	for i := range 20 {
		actors = append(actors, &actor{signer: newSigner(seededKey(t, fmt.Sprintf("random actor %d", i))), r: rand.New(rand.NewPCG(uint64(100+i), 42))})
	}
	addrs := make([]common.Address, len(actors))
	for i, a := range actors {
		addrs[i] = a.addr
	}
	httpc := &http.Client{Timeout: 10 * time.Second}
	var (
		mu    sync.Mutex
		tally = map[string]int{}
		kinds = map[string]int{}
		sent  atomic.Int64
	)
	start := time.Now()
	var g errgroup.Group
	for i, a := range actors {
		count := total / len(actors)
		if i < total%len(actors) {
			count++
		}
		g.Go(func() error {
			for range count {
				kind, body, used := a.command(t, c, addrs)
				node := c.nodes[a.r.IntN(len(c.nodes))]
				out, err := postCommand(httpc, node.cfg.HTTPAddr, body)
				if err != nil {
					return err
				}
				if a.commit != nil && out == outApplied {
					a.commits = append(a.commits[max(0, len(a.commits)-9):], *a.commit)
				}
				switch {
				case out == outApplied || out == outRejected:
					a.nonce = used
				case out == outUncertain || out == outBadNonce && kind != "nonce too high":
					// Learn the nonce the ledger holds, through the leader.
					if err := a.resync(c); err != nil {
						return err
					}
				}
				mu.Lock()
				tally[out]++
				kinds[kind+": "+out]++
				mu.Unlock()
				sent.Add(1)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	final := c.waitConverged(ledgerState{})
	t.Logf("%d random commands from %d keys through 3 members in %s (%.0f/s); replicas agree at %s",
		sent.Load(), len(actors), elapsed.Round(time.Millisecond), float64(sent.Load())/elapsed.Seconds(), final)
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range kinds {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		t.Logf("  %5d  %s", kinds[k], k)
	}
	for _, class := range []string{outApplied, outRejected, outBadNonce, outRefused} {
		if tally[class] == 0 {
			t.Errorf("no command was %s: the mix does not test what it claims", class)
		}
	}
	// Each key's nonce on every replica is the last one its sender saw used.
	for _, a := range actors {
		for i, n := range c.nodes {
			if got := n.FSM().Nonce(a.addr); got != a.nonce {
				t.Errorf("node %d: nonce of %s is %d, its sender counted %d", i, a.addr.Hex(), got, a.nonce)
			}
		}
	}
	if len(c.nodes[0].FSM().Subnets()) == 0 {
		t.Error("no subnet was created")
	}
	for i, n := range c.nodes {
		if snapshotIndex(n) == 0 {
			t.Errorf("node %d never took a snapshot", i)
		}
	}
}

// resync sets the actor's nonce to the ledger's, read linearizably.
func (a *actor) resync(c *testCluster) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		n, err := c.client(a.r.IntN(len(c.nodes))).Consistent().Nonce(ctx, a.addr)
		cancel()
		if err == nil {
			a.nonce = n
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// postCommand posts body to the API at addr and classifies the answer.
func postCommand(httpc *http.Client, addr string, body []byte) (string, error) {
	resp, err := httpc.Post("http://"+addr+"/v1/commands", "application/json", bytes.NewReader(body))
	if err != nil {
		return outUncertain, nil
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return outUncertain, nil
	}
	switch resp.StatusCode {
	case http.StatusOK:
		return outApplied, nil
	case http.StatusUnprocessableEntity:
		var sr SubmitResponse
		if err := json.Unmarshal(data, &sr); err != nil || sr.Error == "" {
			return "", fmt.Errorf("422 without a ledger error: %s", data)
		}
		if ledger.IsNonceError(sr.Error) {
			return outBadNonce, nil
		}
		return outRejected, nil
	case http.StatusBadRequest, http.StatusUnauthorized, http.StatusConflict:
		return outRefused, nil
	case http.StatusServiceUnavailable, http.StatusBadGateway:
		return outUncertain, nil
	}
	return "", fmt.Errorf("status %d: %s", resp.StatusCode, data)
}

// command builds the actor's next random command and returns its kind,
// its encoding and the nonce it uses.
func (a *actor) command(t *testing.T, c *testCluster, addrs []common.Address) (kind string, body []byte, nonce uint64) {
	r := a.r
	nonce = a.nonce + 1
	a.commit = nil
	subnet := uint16(1 + r.IntN(7)) // 1..7: some never exist
	uidList := func() ([]uint16, []uint16) {
		n := r.IntN(7)
		uids, values := make([]uint16, n), make([]uint16, n)
		for i := range n {
			uids[i], values[i] = uint16(r.IntN(14)), uint16(r.IntN(65536))
		}
		return uids, values
	}
	var (
		typ     string
		payload any
		raw     string // a payload the type's decoder refuses
	)
	switch p := r.IntN(100); {
	case p < 10:
		typ, kind = ledger.TypeTick, "tick"
		payload = ledger.Tick{Block: c.nodes[r.IntN(len(c.nodes))].FSM().Block() + 1}
	case p < 14:
		typ, kind = ledger.TypeCreateSubnet, "create_subnet"
		hp := ledger.DefaultHyperparams()
		hp.Tempo = uint16(2 + r.IntN(7))
		hp.CommitRevealEnabled = r.IntN(2) == 0
		hp.RevealPeriodEpochs = uint16(1 + r.IntN(2))
		hp.WeightsRateLimit = uint64(r.IntN(3))
		hp.MaxAllowedUIDs = uint16(4 + r.IntN(9))
		hp.MaxAllowedValidators = uint16(2 + r.IntN(6))
		hp.ImmunityPeriod = uint16(r.IntN(10))
		hp.MinAllowedWeights = uint16(r.IntN(3))
		hp.AdminFreezeWindow = 0
		payload = ledger.CreateSubnet{ID: subnet, Name: fmt.Sprintf("random-%d", subnet), Task: ledger.TaskInference,
			ModelHash: strings.Repeat("cd", 32), Hyperparams: hp}
		if r.IntN(5) == 0 {
			raw = fmt.Sprintf(`{"id":%d,"name":"x","task":"inference","model_hash":"%s","hyperparams":{"tempo":0}}`, subnet, strings.Repeat("cd", 32))
		}
	case p < 30:
		typ, kind = ledger.TypeRegister, "register"
		reg := ledger.Register{Subnet: subnet, Role: []string{ledger.RoleMiner, ledger.RoleValidator}[r.IntN(2)]}
		switch r.IntN(4) {
		case 0:
			reg.Axon = fmt.Sprintf("10.0.%d.%d:%d", r.IntN(4), 1+r.IntN(200), 1000+r.IntN(1000))
		case 1:
			reg.Axon = "127.0.0.1:8080" // loopback: refused by this genesis
		}
		if r.IntN(8) == 0 {
			burn := uint64(1)
			reg.MaxBurn = &burn
		}
		payload = reg
		if r.IntN(10) == 0 {
			raw = fmt.Sprintf(`{"subnet":%d,"role":"oracle"}`, subnet)
		}
	case p < 44:
		typ, kind = ledger.TypeSetWeights, "set_weights"
		uids, values := uidList()
		payload = ledger.SetWeights{Subnet: subnet, UIDs: uids, Values: values}
	case p < 56:
		typ, kind = ledger.TypeCommitWeights, "commit_weights"
		uids, values := uidList()
		salt := make([]byte, 16+r.IntN(17))
		for i := range salt {
			salt[i] = byte(r.Uint32())
		}
		a.commit = &pendingCommit{subnet, uids, values, salt}
		payload = ledger.CommitWeights{Subnet: subnet, Hash: ledger.CommitHash(a.addr, subnet, uids, values, salt, 0)}
	case p < 68:
		typ, kind = ledger.TypeRevealWeights, "reveal_weights"
		if len(a.commits) > 0 && r.IntN(5) > 0 {
			pc := a.commits[r.IntN(len(a.commits))]
			payload = ledger.RevealWeights{Subnet: pc.subnet, UIDs: pc.uids, Values: pc.values, Salt: pc.salt}
		} else {
			uids, values := uidList()
			payload = ledger.RevealWeights{Subnet: subnet, UIDs: uids, Values: values, Salt: make([]byte, 16)}
		}
	case p < 74:
		typ, kind = ledger.TypeServeAxon, "serve_axon"
		payload = ledger.ServeAxon{Subnet: subnet, IP: fmt.Sprintf("10.9.%d.%d", r.IntN(3), 1+r.IntN(250)), Port: uint16(1 + r.IntN(9000)), IPType: ledger.IPv4}
	case p < 81:
		typ, kind = ledger.TypeSetHyperparams, "set_hyperparams"
		var patch string
		switch r.IntN(5) {
		case 0:
			patch = fmt.Sprintf(`{"tempo":%d}`, 2+r.IntN(7))
		case 1:
			patch = fmt.Sprintf(`{"weights_rate_limit":%d}`, r.IntN(3))
		case 2:
			patch = fmt.Sprintf(`{"commit_reveal_enabled":%v}`, r.IntN(2) == 0)
		case 3:
			patch = fmt.Sprintf(`{"immunity_period":%d,"min_allowed_weights":%d}`, r.IntN(10), r.IntN(3))
		default:
			patch = fmt.Sprintf(`{"max_allowed_uids":%d}`, 2+r.IntN(14))
		}
		raw = fmt.Sprintf(`{"subnet":%d,"hyperparams":%s}`, subnet, patch) // valid or not, the ledger decides
	case p < 88:
		typ, kind = ledger.TypeStakeSnapshot, "stake_snapshot"
		var stakes []ledger.Stake
		for _, k := range r.Perm(len(addrs))[:1+r.IntN(3)] {
			stakes = append(stakes, ledger.Stake{Hotkey: addrs[k], Amount: uint64(r.IntN(1_000_000))})
		}
		payload = ledger.StakeSnapshot{Block: uint64(r.IntN(30)), Stakes: stakes}
	case p < 92:
		typ, kind = ledger.TypeSettle, "settle"
		payload = ledger.Settle{Subnet: subnet, Epoch: uint64(1 + r.IntN(3)), Tx: fmt.Sprintf("0x%064x", r.Uint64())}
	default:
		// Envelope-level failures, on a tick.
		typ, payload = ledger.TypeTick, ledger.Tick{Block: 1 + uint64(r.IntN(50))}
		kind = []string{"bad signature", "another signer", "other chain", "malformed JSON", "nonce too high", "nonce reused"}[r.IntN(6)]
	}

	env := &ledger.Envelope{Type: typ, Version: ledger.Version, Nonce: nonce}
	if raw != "" {
		env.Payload = json.RawMessage(raw)
		if typ != ledger.TypeSetHyperparams {
			kind += " (invalid payload)"
		}
	} else {
		data, err := json.Marshal(payload)
		if err != nil {
			t.Error(err)
		}
		env.Payload = data
	}
	chainID := uint64(testChainID)
	switch kind {
	case "other chain":
		chainID++
	case "nonce too high":
		env.Nonce += 2
	case "nonce reused":
		env.Nonce = uint64(r.IntN(int(nonce)))
	}
	if err := env.Sign(a.key, chainID); err != nil {
		t.Error(err)
	}
	switch kind {
	case "bad signature":
		env.Signature[10] ^= 0x40
	case "another signer":
		other := seededKey(t, "impostor")
		if err := env.Sign(other, testChainID); err != nil {
			t.Error(err)
		}
		env.Signer = a.addr
	}
	body, err := json.Marshal(env)
	if err != nil {
		t.Error(err)
	}
	if kind == "malformed JSON" {
		body = body[:len(body)/2]
	}
	return kind, body, env.Nonce
}
