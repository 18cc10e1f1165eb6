package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// An attested entry applies exactly as its bare envelope does: two ledgers,
// one fed bare envelopes and one the same envelopes attested, end with the
// same state hash.
func TestAttestedEntriesApplyLikeBareOnes(t *testing.T) {
	bare := newHarness(t, testGenesis(t))
	attested := newHarness(t, testGenesis(t))
	miner := testKey(t, 7)
	steps := []struct {
		key      int
		typ      string
		payload  any
		rejected bool
	}{
		{1, TypeTick, Tick{Block: 1}, false},
		{2, TypeCreateSubnet, CreateSubnet{ID: 1, Name: "one", Task: TaskInference, ModelHash: testModelHash, Hyperparams: testHyperparams()}, false},
		{7, TypeRegister, Register{Subnet: 1, Role: RoleMiner}, false},
		{1, TypeTick, Tick{Block: 2}, false},
		{7, TypeRegister, Register{Subnet: 1, Role: RoleMiner}, true}, // already registered
	}
	for i, s := range steps {
		key := testKey(t, s.key)
		data := bare.signed(key, s.typ, s.payload, 0)
		rb := bare.apply(data)
		ra := attested.apply(Attest(addrOf(key), data))
		if rb.Err != ra.Err || (rb.Err != "") != s.rejected {
			t.Fatalf("step %d (%s): bare %q, attested %q", i, s.typ, rb.Err, ra.Err)
		}
	}
	if bare.f.Nonce(addrOf(miner)) != 2 {
		t.Fatalf("miner nonce %d, want 2", bare.f.Nonce(addrOf(miner)))
	}
	_, hb := bare.f.StateHash()
	_, ha := attested.f.StateHash()
	if hb != ha {
		t.Fatalf("state hashes differ: bare %s, attested %s", hb, ha)
	}
}

// An attestation that names another signer than the envelope's, or that is
// cut short, is rejected before the nonce and changes nothing but the
// applied index.
func TestAttestedEntryRejections(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	h.tickTo(1)
	v := testKey(t, 1)
	data := h.signed(v, TypeTick, Tick{Block: 2}, 0)
	_, before := stateContent(t, h.f)
	for name, entry := range map[string][]byte{
		"other signer": Attest(addrOf(testKey(t, 2)), data),
		"short":        Attest(addrOf(v), nil)[:7],
		"empty body":   Attest(addrOf(v), nil),
	} {
		res := h.apply(entry)
		want := ErrWrongSigner
		if name != "other signer" {
			want = ErrMalformedEnvelope
		}
		if !errors.Is(res.Cause(), want) {
			t.Fatalf("%s: %q, want %v", name, res.Err, want)
		}
		if _, after := stateContent(t, h.f); after != before || h.f.Nonce(addrOf(v)) != 1 {
			t.Fatalf("%s: state changed (nonce %d)", name, h.f.Nonce(addrOf(v)))
		}
	}
	if res := h.apply(Attest(addrOf(v), data)); res.Err != "" || h.f.Block() != 2 {
		t.Fatalf("the well-formed attestation: %q, block %d", res.Err, h.f.Block())
	}
}

// The checks that do not need the signer's key still run on an attested
// entry: a high-s signature is refused even though the attestation vouches
// for the signer.
func TestAttestedEntryKeepsFormChecks(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	v := testKey(t, 1)
	env := &Envelope{Type: TypeTick, Version: Version, Payload: []byte(`{"block":1}`), Nonce: 1}
	if err := env.Sign(v, testChainID); err != nil {
		t.Fatal(err)
	}
	env.Signature[32] |= 0x80 // s above half the order
	data, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	if res := h.apply(Attest(addrOf(v), data)); !errors.Is(res.Cause(), ErrMalleableSignature) || h.f.Block() != 0 {
		t.Fatalf("high s: %q, block %d", res.Err, h.f.Block())
	}
}

// DecodeAndVerify agrees with DecodeEnvelope followed by Verify, for a
// canonical payload, a payload with white space (hashed in canonical form
// either way), a wrong signer and malformed bytes.
func TestDecodeAndVerifyAgreesWithVerify(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	good := h.signed(testKey(t, 1), TypeTick, Tick{Block: 1}, 1)
	spaced := bytes.Replace(good, []byte(`{"block":1}`), []byte(`{ "block" : 1 }`), 1)
	if bytes.Equal(spaced, good) {
		t.Fatal("the test payload did not change")
	}
	wrong := bytes.Replace(good, []byte(strings.ToLower(addrOf(testKey(t, 1)).Hex()[2:])), []byte(strings.Repeat("ab", 20)), 1)
	for name, data := range map[string][]byte{"canonical": good, "spaced": spaced, "wrong signer": wrong, "malformed": good[:20]} {
		env, decodeErr, verifyErr := DecodeAndVerify(data, testChainID)
		ref, refDecode := DecodeEnvelope(data)
		if (decodeErr == nil) != (refDecode == nil) {
			t.Fatalf("%s: decode %v, DecodeEnvelope %v", name, decodeErr, refDecode)
		}
		if refDecode != nil {
			continue
		}
		if refVerify := ref.Verify(testChainID); (verifyErr == nil) != (refVerify == nil) || env.Signer != ref.Signer {
			t.Fatalf("%s: verify %v, Verify %v", name, verifyErr, refVerify)
		}
		if (name == "wrong signer") == (verifyErr == nil) {
			t.Fatalf("%s: verify %v", name, verifyErr)
		}
	}
}
