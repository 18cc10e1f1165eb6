package validator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/agora-net/agora/internal/testenv"
	"github.com/agora-net/agora/validator/ledger"
)

const testChainID = 1337

// seededKey derives a test key from a name; never a real key.
func seededKey(t testing.TB, name string) *ecdsa.PrivateKey {
	t.Helper()
	return testenv.Key(t, "agora validator test key "+name)
}

// freeLoopback returns a free loopback address below the ephemeral port
// range (testenv.LoopbackAddr).
func freeLoopback(t testing.TB) string { return testenv.LoopbackAddr(t) }

// singleNode starts a one-node cluster (raft over loopback TCP, badger on
// disk) and returns it once it leads.
func singleNode(t *testing.T) *Node {
	t.Helper()
	return singleNodeWith(t, seededKey(t, "validator"), nil)
}

// singleNodeWith is singleNode with key as the node's key, and its config
// and genesis changed by edit (if not nil) first.
func singleNodeWith(t *testing.T, key *ecdsa.PrivateKey, edit func(*Config, *ledger.Genesis)) *Node {
	t.Helper()
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	cfg := DefaultConfig()
	cfg.ID, cfg.DataDir, cfg.Key = "v0", t.TempDir(), key
	cfg.RaftAddr, cfg.HTTPAddr = freeLoopback(t), freeLoopback(t)
	cfg.Bootstrap = true
	genesis := ledger.Genesis{ChainID: testChainID, Validators: []ledger.GenesisValidator{{Address: crypto.PubkeyToAddress(key.PublicKey), Stake: 1000}}}
	if edit != nil {
		edit(&cfg, &genesis)
	}
	n, err := NewNode(cfg, genesis, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for !n.IsLeader() {
		if ctx.Err() != nil {
			t.Fatal("single node never became leader")
		}
		time.Sleep(20 * time.Millisecond)
	}
	return n
}

func createSubnetEnvelope(t *testing.T, key *ecdsa.PrivateKey, nonce uint64) *ledger.Envelope {
	t.Helper()
	env, err := ledger.NewEnvelope(ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: 1, Name: "test", Task: ledger.TaskInference,
		ModelHash: strings.Repeat("ab", 32), Hyperparams: ledger.DefaultHyperparams(),
	}, nonce)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.Sign(key, testChainID); err != nil {
		t.Fatal(err)
	}
	return env
}

func post(t *testing.T, h http.Handler, body []byte) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/commands", bytes.NewReader(body)))
	return rec.Code, rec.Body.String()
}

// TestSubmitRejectsBadCommands: unsigned, wrongly signed, replayed, oversized
// or malformed commands get a 4xx with a message and change nothing; the
// same command correctly signed is applied.
func TestSubmitRejectsBadCommands(t *testing.T) {
	n := singleNode(t)
	h := n.Handler()
	owner := seededKey(t, "owner")

	good := createSubnetEnvelope(t, owner, 1)
	marshal := func(e *ledger.Envelope) []byte {
		data, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	unsigned := *good
	unsigned.Signature = nil
	wrongKey := createSubnetEnvelope(t, seededKey(t, "mallory"), 1)
	wrongKey.Signer = good.Signer // claims to be the owner
	tampered := *good
	tampered.Payload = json.RawMessage(strings.Replace(string(good.Payload), `"test"`, `"evil"`, 1))
	otherChain := *good
	if err := otherChain.Sign(owner, testChainID+1); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		body   []byte
		status int
	}{
		{"malformed JSON", []byte(`{"type": "create_subnet",`), http.StatusBadRequest},
		{"unknown field", []byte(`{"type":"tick","bogus":1}`), http.StatusBadRequest},
		{"unsigned", marshal(&unsigned), http.StatusUnauthorized},
		{"signed by another key", marshal(wrongKey), http.StatusUnauthorized},
		{"payload changed after signing", marshal(&tampered), http.StatusUnauthorized},
		{"signed for another chain", marshal(&otherChain), http.StatusUnauthorized},
		{"oversized", bytes.Repeat([]byte("x"), maxCommandBytes+1), http.StatusRequestEntityTooLarge},
	}
	before, beforeHash := n.FSM().StateHash()
	for _, tc := range tests {
		status, body := post(t, h, tc.body)
		if status != tc.status {
			t.Errorf("%s: status %d, want %d (body %s)", tc.name, status, tc.status, body)
		}
		var e apiError
		if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
			t.Errorf("%s: body %q is not an error with a message", tc.name, body)
		}
	}
	if idx, h := n.FSM().StateHash(); idx != before || h != beforeHash {
		t.Fatalf("bad commands changed the state: index %d → %d", before, idx)
	}
	if _, ok := n.FSM().Subnet(1); ok {
		t.Fatal("a rejected create_subnet created the subnet")
	}

	// The genuine command is applied; replaying it is refused by its nonce.
	if status, body := post(t, h, marshal(good)); status != http.StatusOK {
		t.Fatalf("good command: status %d, body %s", status, body)
	}
	if _, ok := n.FSM().Subnet(1); !ok {
		t.Fatal("the good create_subnet did not create subnet 1")
	}
	afterIdx, afterHash := n.FSM().StateHash()
	status, body := post(t, h, marshal(good))
	if status != http.StatusConflict || !strings.Contains(body, "nonce") {
		t.Errorf("replay: status %d body %s, want 409 naming the nonce", status, body)
	}
	if idx, h := n.FSM().StateHash(); idx != afterIdx || h != afterHash {
		t.Errorf("the replay changed the state: index %d → %d", afterIdx, idx)
	}
	if got := n.FSM().Nonce(good.Signer); got != 1 {
		t.Errorf("owner nonce after a replay = %d, want 1", got)
	}
}
