package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// signedTick returns a tick envelope signed by test key 1.
func signedTick(t testing.TB) *Envelope {
	t.Helper()
	env, err := NewEnvelope(TypeTick, Tick{Block: 5}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.Sign(testKey(t, 1), testChainID); err != nil {
		t.Fatal(err)
	}
	return env
}

// secp256k1N is the curve order.
func secp256k1N() *big.Int {
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	return n
}

func TestEnvelopeVerify(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Envelope)
		chain  uint64 // 0: testChainID
		want   error
	}{
		{"good signature", func(*Envelope) {}, 0, nil},
		{"v as 27/28", func(e *Envelope) { e.Signature[64] += 27 }, 0, nil},
		{"wrong key", func(e *Envelope) {
			if err := e.Sign(testKey(t, 2), testChainID); err != nil {
				t.Fatal(err)
			}
			e.Signer = addrOf(testKey(t, 1))
		}, 0, ErrWrongSigner},
		{"tampered payload", func(e *Envelope) { e.Payload = json.RawMessage(`{"block":6}`) }, 0, ErrWrongSigner},
		{"tampered type", func(e *Envelope) { e.Type = TypeSettle }, 0, ErrWrongSigner},
		{"tampered nonce", func(e *Envelope) { e.Nonce++ }, 0, ErrWrongSigner},
		{"tampered signer", func(e *Envelope) { e.Signer = addrOf(testKey(t, 2)) }, 0, ErrWrongSigner},
		{"wrong chain id", func(*Envelope) {}, testChainID + 1, ErrWrongSigner},
		{"short signature", func(e *Envelope) { e.Signature = e.Signature[:64] }, 0, ErrBadSignature},
		{"long signature", func(e *Envelope) { e.Signature = append(e.Signature, 0) }, 0, ErrBadSignature},
		{"no signature", func(e *Envelope) { e.Signature = nil }, 0, ErrBadSignature},
		{"v out of range", func(e *Envelope) { e.Signature[64] = 2 }, 0, ErrBadSignature},
		{"r zero", func(e *Envelope) { clear(e.Signature[:32]) }, 0, ErrBadSignature},
		{"s zero", func(e *Envelope) { clear(e.Signature[32:64]) }, 0, ErrBadSignature},
		{"flipped v", func(e *Envelope) { e.Signature[64] ^= 1 }, 0, ErrWrongSigner},
		{"high s (malleable twin)", func(e *Envelope) {
			s := new(big.Int).SetBytes(e.Signature[32:64])
			s.Sub(secp256k1N(), s)
			s.FillBytes(e.Signature[32:64])
			e.Signature[64] ^= 1
		}, 0, ErrMalleableSignature},
		{"unknown type", func(e *Envelope) { e.Type = "mint" }, 0, ErrUnknownType},
		{"version 2", func(e *Envelope) { e.Version = 2 }, 0, ErrUnsupportedVersion},
		{"version 0", func(e *Envelope) { e.Version = 0 }, 0, ErrUnsupportedVersion},
		{"payload too large", func(e *Envelope) {
			e.Payload = json.RawMessage(`{"block":1,"pad":"` + strings.Repeat("x", MaxPayloadSize) + `"}`)
		}, 0, ErrPayloadTooLarge},
		{"payload not json", func(e *Envelope) { e.Payload = json.RawMessage(`{"block":`) }, 0, ErrInvalidPayload},
		{"payload empty", func(e *Envelope) { e.Payload = nil }, 0, ErrInvalidPayload},
	}
	sentinels := []error{ErrWrongSigner, ErrBadSignature, ErrMalleableSignature, ErrUnknownType,
		ErrUnsupportedVersion, ErrPayloadTooLarge, ErrInvalidPayload}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := signedTick(t)
			tt.modify(env)
			chain := tt.chain
			if chain == 0 {
				chain = testChainID
			}
			err := env.Verify(chain)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Verify = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Verify = %v, want %v", err, tt.want)
			}
			for _, s := range sentinels {
				if s != tt.want && errors.Is(err, s) {
					t.Errorf("Verify = %v also matches %v", err, s)
				}
			}
			if !strings.HasPrefix(err.Error(), "ledger: ") {
				t.Errorf("error %q lacks the ledger: prefix", err)
			}
		})
	}
}

// Re-encoding an envelope (what an HTTP hop or a raft log does) keeps it
// valid, even when the signed payload had whitespace and HTML characters
// that encoding/json rewrites.
func TestEnvelopeSurvivesReencoding(t *testing.T) {
	key := testKey(t, 10)
	env := &Envelope{
		Type:    TypeCreateSubnet,
		Version: Version,
		Payload: json.RawMessage("{ \"id\": 1,\n \"name\": \"a<b>&c\u2028\", \"task\": \"inference\", \"model_hash\": \"" + testModelHash + "\" }"),
		Nonce:   1,
	}
	if err := env.Sign(key, testChainID); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("\n")) || bytes.Contains(data, []byte("<")) {
		t.Fatalf("json.Marshal kept the payload's layout: %s", data)
	}
	for i := range 2 {
		got, err := DecodeEnvelope(data)
		if err != nil {
			t.Fatalf("round %d: DecodeEnvelope: %v", i, err)
		}
		if err := got.Verify(testChainID); err != nil {
			t.Fatalf("round %d: Verify after re-encoding: %v", i, err)
		}
		if data, err = json.Marshal(got); err != nil {
			t.Fatal(err)
		}
	}
}

// SigningHash equals an EIP-712 digest computed by hand from the spec.
func TestSigningHashMatchesEIP712(t *testing.T) {
	env := signedTick(t)
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	domainType := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId)"))
	domain := crypto.Keccak256(domainType, crypto.Keccak256([]byte("Agora")), crypto.Keccak256([]byte("1")), word(testChainID))
	cmdType := crypto.Keccak256([]byte("Command(string type,uint16 version,bytes32 payloadHash,uint64 nonce,address signer)"))
	canon, err := CanonicalPayload(env.Payload)
	if err != nil {
		t.Fatal(err)
	}
	if string(canon) != `{"block":5}` {
		t.Fatalf("canonical payload %s, want {\"block\":5}", canon)
	}
	msg := crypto.Keccak256(cmdType, crypto.Keccak256([]byte("tick")), word(1), crypto.Keccak256(canon), word(3),
		common.LeftPadBytes(env.Signer.Bytes(), 32))
	want := crypto.Keccak256([]byte{0x19, 0x01}, domain, msg)
	got, err := env.SigningHash(testChainID)
	if err != nil {
		t.Fatal(err)
	}
	if got != common.BytesToHash(want) {
		t.Fatalf("SigningHash = %s, want %s", got.Hex(), hexutil.Encode(want))
	}
	// The signature recovers the signer from that digest.
	pub, err := crypto.SigToPub(want, env.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != env.Signer {
		t.Fatalf("signature does not recover the signer from the hand-made digest: %v", err)
	}
}

func TestEIP712Constants(t *testing.T) {
	for _, c := range []struct{ name, got, of string }{
		{"domainTypeHash", domainTypeHash, "EIP712Domain(string name,string version,uint256 chainId)"},
		{"commandTypeHash", commandTypeHash, "Command(string type,uint16 version,bytes32 payloadHash,uint64 nonce,address signer)"},
		{"domainNameHash", domainNameHash, DomainName},
		{"domainVersionHash", domainVersionHash, DomainVersion},
	} {
		if want := string(crypto.Keccak256([]byte(c.of))); c.got != want {
			t.Errorf("%s = %x, want keccak256(%q) = %x", c.name, c.got, c.of, want)
		}
	}
}

// The hand-written digest equals go-ethereum's EIP-712 hashing of
// TypedData (what wallets sign) on random envelopes.
func TestDigestMatchesTypedData(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	types := append(allTypes(), "", "mint", "tick\x00", "é")
	for i := range 500 {
		e := &Envelope{
			Type:    types[r.IntN(len(types))],
			Version: uint16(r.Uint32()),
			Payload: json.RawMessage(fmt.Sprintf(`{"n":%d,"s":"<%d>"}`, r.Uint64(), i)),
			Nonce:   r.Uint64() >> r.UintN(64),
		}
		for k := range e.Signer {
			e.Signer[k] = byte(r.Uint32())
		}
		if i%3 == 0 {
			e.Version = Version
		}
		chainID := r.Uint64() >> r.UintN(64)
		ph, err := e.PayloadHash()
		if err != nil {
			t.Fatal(err)
		}
		td, err := e.TypedData(chainID)
		if err != nil {
			t.Fatal(err)
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := newSigningDomain(chainID).digest(e, ph); !bytes.Equal(got[:], want) {
			t.Fatalf("envelope %+v, chain %d: digest %x, TypedDataAndHash %x", e, chainID, got, want)
		}
		if got, err := e.SigningHash(chainID); err != nil || !bytes.Equal(got[:], want) {
			t.Fatalf("SigningHash = %x, %v; want %x", got, err, want)
		}
	}
}

func TestNewEnvelope(t *testing.T) {
	if _, err := NewEnvelope("mint", Tick{Block: 1}, 1); !errors.Is(err, ErrUnknownType) {
		t.Errorf("unknown type: got %v, want ErrUnknownType", err)
	}
	if _, err := NewEnvelope(TypeTick, Tick{}, 1); !errors.Is(err, ErrInvalidPayload) {
		t.Errorf("block 0: got %v, want ErrInvalidPayload", err)
	}
	if _, err := NewEnvelope(TypeTick, func() {}, 1); !errors.Is(err, ErrInvalidPayload) {
		t.Errorf("unencodable payload: got %v, want ErrInvalidPayload", err)
	}
	env, err := NewEnvelope(TypeSetWeights, SetWeights{Subnet: 2, UIDs: []uint16{1}, Values: []uint16{9}}, 4)
	if err != nil {
		t.Fatal(err)
	}
	if env.Version != Version || env.Nonce != 4 || string(env.Payload) != `{"subnet":2,"uids":[1],"values":[9],"version_key":0}` {
		t.Fatalf("NewEnvelope = %+v (payload %s)", env, env.Payload)
	}
	if err := env.Verify(testChainID); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("unsigned envelope: Verify = %v, want ErrBadSignature", err)
	}
}

func TestDecodeEnvelope(t *testing.T) {
	good, err := json.Marshal(signedTick(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeEnvelope(good); err != nil {
		t.Fatalf("DecodeEnvelope(good) = %v", err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(good, &fields); err != nil {
		t.Fatal(err)
	}
	encode := func(m map[string]json.RawMessage) []byte {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	bad := map[string][]byte{
		"not json":      []byte("{"),
		"array":         []byte("[]"),
		"null":          []byte("null"),
		"trailing data": append(append([]byte{}, good...), []byte(" {}")...),
		"too large":     bytes.Repeat([]byte(" "), MaxEnvelopeSize+1),
	}
	for k := range fields {
		m := map[string]json.RawMessage{}
		for k2, v := range fields {
			if k2 != k {
				m[k2] = v
			}
		}
		bad["missing "+k] = encode(m)
		m[k] = json.RawMessage("null")
		bad["null "+k] = encode(m)
	}
	extra := map[string]json.RawMessage{"extra": json.RawMessage("1")}
	for k, v := range fields {
		extra[k] = v
	}
	bad["unknown field"] = encode(extra)
	upper := map[string]json.RawMessage{}
	for k, v := range fields {
		upper[strings.ToUpper(k)] = v
	}
	bad["upper-case keys"] = encode(upper)
	for name, data := range bad {
		if _, err := DecodeEnvelope(data); !errors.Is(err, ErrMalformedEnvelope) {
			t.Errorf("%s: DecodeEnvelope = %v, want ErrMalformedEnvelope", name, err)
		}
	}
}

func TestSentinelsPrefixedAndDistinct(t *testing.T) {
	all := []error{ErrMalformedEnvelope, ErrUnknownType, ErrUnsupportedVersion, ErrPayloadTooLarge,
		ErrInvalidPayload, ErrBadSignature, ErrMalleableSignature, ErrWrongSigner, ErrBadNonce,
		ErrUnauthorized, ErrWrongBlock, ErrUnknownSubnet, ErrSubnetExists, ErrTooManySubnets,
		ErrAlreadyRegistered, ErrSubnetFull, ErrUnknownEpoch, ErrAlreadySettled, ErrInvalidHyperparams,
		ErrInvalidGenesis, ErrGenesisMismatch, ErrInvalidSnapshot, ErrStaleIndex, ErrNotCommand, ErrInternal,
		ErrAdminFreezeWindow, ErrHyperparamsRateLimited, ErrInvalidAxon, ErrServingRateLimited, ErrStaleSnapshot,
		ErrStakeOverflow, ErrCommitRevealDisabled, ErrTooManyCommits, ErrCommitNotFound, ErrRevealTooEarly, ErrBurnTooHigh,
		ErrNotPreferenceSubnet, ErrWrongRound, ErrNotLabeler, ErrDuplicateLabel, ErrRoundFull, ErrPoolFull, ErrNoRound}
	seen := map[string]bool{}
	for _, err := range all {
		msg := err.Error()
		if !strings.HasPrefix(msg, "ledger: ") || msg != strings.ToLower(msg) {
			t.Errorf("%q: want a lower-case message prefixed \"ledger: \"", msg)
		}
		if seen[msg] {
			t.Errorf("%q declared twice", msg)
		}
		seen[msg] = true
	}
	if !IsNonceError("validator: rejected: " + ErrBadNonce.Error() + ": 0xabc sent 3, want 2") {
		t.Error("IsNonceError misses a relayed nonce error")
	}
	if IsNonceError(ErrWrongSigner.Error()) {
		t.Error("IsNonceError matches a signer error")
	}
}

// FuzzEnvelopeVerify: Verify and DecodeEnvelope never panic, and whatever
// Verify accepts recovers to its Signer.
func FuzzEnvelopeVerify(f *testing.F) {
	good := signedTick(f)
	f.Add(good.Type, good.Version, []byte(good.Payload), good.Nonce, good.Signer.Bytes(), []byte(good.Signature), testChainID)
	f.Add("settle", uint16(1), []byte(`{"subnet":1}`), uint64(0), []byte{}, make([]byte, 65), uint64(0))
	f.Add("tick", uint16(1), []byte(`<>&`), uint64(1), []byte{1}, bytes.Repeat([]byte{0xff}, 65), uint64(1))
	f.Fuzz(func(t *testing.T, typ string, version uint16, payload []byte, nonce uint64, signer, sig []byte, chain uint64) {
		env := &Envelope{Type: typ, Version: version, Payload: payload, Nonce: nonce,
			Signer: common.BytesToAddress(signer), Signature: sig}
		if err := env.Verify(chain); err == nil {
			h, herr := env.SigningHash(chain)
			if herr != nil {
				t.Fatalf("Verify accepted but SigningHash fails: %v", herr)
			}
			s := append([]byte{}, sig...)
			if s[64] >= 27 {
				s[64] -= 27
			}
			pub, err := crypto.SigToPub(h[:], s)
			if err != nil || crypto.PubkeyToAddress(*pub) != env.Signer {
				t.Fatalf("Verify accepted a signature that does not recover the signer")
			}
		}
		if data, err := json.Marshal(env); err == nil {
			if got, err := DecodeEnvelope(data); err == nil {
				_ = got.Verify(chain)
			}
		}
		if got, err := DecodeEnvelope(payload); err == nil {
			_ = got.Verify(chain)
		}
	})
}
