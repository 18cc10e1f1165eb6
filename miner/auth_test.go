package miner

import (
	"errors"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestRequestDigestMatchesTypedData: the hand-written digest is the
// EIP-712 hash of TypedData, what a wallet signs.
func TestRequestDigestMatchesTypedData(t *testing.T) {
	r := &SignedRequest{Signer: common.Address{1}, Miner: common.Address{2}, Subnet: 7, Method: "POST", Path: "/v1/infer",
		BodyHash: crypto.Keccak256Hash([]byte("{}")), Timestamp: 1_700_000_000_123, Nonce: 1<<64 - 1}
	for _, chain := range []uint64{1, 1337, 1 << 40} {
		want, _, err := apitypes.TypedDataAndHash(r.TypedData(chain))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Digest(chain); got != common.BytesToHash(want) {
			t.Errorf("chain %d: Digest %s, typed data %x", chain, got.Hex(), want)
		}
	}
}

// TestResponseDigest pins the response struct's encoding against
// apitypes.
func TestResponseDigest(t *testing.T) {
	r := &SignedResponse{Request: common.Hash{3}, Status: 429, BodyHash: common.Hash{4}, Miner: common.Address{5}}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}},
			"AxonResponse": {{Name: "request", Type: "bytes32"}, {Name: "status", Type: "uint16"}, {Name: "bodyHash", Type: "bytes32"}, {Name: "miner", Type: "address"}},
		},
		PrimaryType: "AxonResponse",
		Domain:      typedDomain(1337),
		Message: apitypes.TypedDataMessage{"request": r.Request.Hex(), "status": big.NewInt(429).String(),
			"bodyHash": r.BodyHash.Hex(), "miner": r.Miner.Hex()},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Digest(1337); got != common.BytesToHash(want) {
		t.Errorf("Digest %s, typed data %x", got.Hex(), want)
	}
}

func TestSignAndVerifyRequest(t *testing.T) {
	key := testKey(t, 2)
	r := &SignedRequest{Miner: common.Address{2}, Subnet: 1, Method: "GET", Path: "/v1/jobs/x", Timestamp: 5, Nonce: 6}
	if err := r.Sign(key, 1337); err != nil {
		t.Fatal(err)
	}
	if r.Signer != addr(key) || r.Verify(1337) != nil {
		t.Fatalf("signed request does not verify: %v", r.Verify(1337))
	}
	h := http.Header{}
	r.SetHeaders(h)
	back, err := RequestFromHeaders(h, "GET", "/v1/jobs/x", r.BodyHash, r.Miner)
	if err != nil || back.Verify(1337) != nil || back.Nonce != 6 || back.Timestamp != 5 || back.Subnet != 1 {
		t.Fatalf("from headers: %+v, %v", back, err)
	}
	// V as 27/28 is accepted; a high s is not.
	high := *r
	high.Signature = append([]byte(nil), r.Signature...)
	high.Signature[64] += 27
	if err := high.Verify(1337); err != nil {
		t.Errorf("V+27: %v", err)
	}
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(r.Signature[32:64])
	malleable := *r
	malleable.Signature = append(append(append([]byte(nil), r.Signature[:32]...), common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32)...), r.Signature[64]^1)
	if err := malleable.Verify(1337); !errors.Is(err, ErrBadSignature) {
		t.Errorf("high-s signature: %v", err)
	}
	if err := (&SignedRequest{}).Sign(nil, 1); err == nil {
		t.Error("signed with a nil key")
	}
	h.Add(HeaderNonce, "7")
	if _, err := RequestFromHeaders(h, "GET", "/", common.Hash{}, common.Address{}); !errors.Is(err, ErrUnsigned) {
		t.Errorf("a repeated header: %v", err)
	}
	h.Del(HeaderNonce)
	h.Set(HeaderNonce, "1")
	h.Set(HeaderSigner, "0x1234")
	if _, err := RequestFromHeaders(h, "GET", "/", common.Hash{}, common.Address{}); !errors.Is(err, ErrUnsigned) {
		t.Errorf("a short signer: %v", err)
	}
}

func TestReplayGuard(t *testing.T) {
	g := newReplayGuard(30*time.Second, 3)
	now := time.UnixMilli(1_000_000)
	ts := uint64(now.UnixMilli())
	for _, tt := range []struct {
		ts   uint64
		ok   bool
		name string
	}{
		{ts, true, "now"}, {ts - 30_000, true, "edge of the window"}, {ts + 30_000, true, "future edge"},
		{ts - 30_001, false, "too old"}, {ts + 30_001, false, "too new"}, {1 << 63, false, "huge"},
	} {
		if err := g.checkTime(now, tt.ts); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	a := common.Address{1}
	if err := g.record(now, a, 1); err != nil {
		t.Fatal(err)
	}
	if err := g.record(now, a, 1); !errors.Is(err, errReplayed) {
		t.Errorf("replay: %v", err)
	}
	if err := g.record(now, common.Address{2}, 1); err != nil {
		t.Errorf("same nonce, other signer: %v", err)
	}
	_ = g.record(now, a, 2)
	if err := g.record(now, a, 3); !errors.Is(err, errReplayFull) {
		t.Errorf("over the limit: %v", err)
	}
	// After twice the window the nonces are forgotten (their timestamps
	// are out of the window by then).
	later := now.Add(61 * time.Second)
	if err := g.record(later, a, 1); err != nil {
		t.Errorf("after the window: %v", err)
	}
}
