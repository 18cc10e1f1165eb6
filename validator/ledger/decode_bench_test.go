package ledger

import (
	"encoding/json"
	"testing"

	"github.com/hashicorp/raft"
)

// benchReveal returns an encoded, signed reveal_weights envelope of 256
// entries, the cluster benchmark's command.
func benchReveal(tb testing.TB) []byte {
	uids, values := make([]uint16, 256), make([]uint16, 256)
	for i := range uids {
		uids[i], values[i] = uint16(i), uint16(i*257)
	}
	env, err := NewEnvelope(TypeRevealWeights, RevealWeights{Subnet: 1, UIDs: uids, Values: values, Salt: testSalt(7)}, 9)
	if err != nil {
		tb.Fatal(err)
	}
	if err := env.Sign(testKey(tb, 1), testChainID); err != nil {
		tb.Fatal(err)
	}
	data, err := json.Marshal(env)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func BenchmarkDecodeEnvelope(b *testing.B) {
	data := benchReveal(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := decodeEnvelope(data, true); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeRevealPayload(b *testing.B) {
	env, err := DecodeEnvelope(benchReveal(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(env.Payload)))
	for b.Loop() {
		if _, err := DecodePayload(env.Type, env.Payload); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify is Envelope.Verify (the API edge's check), most of it
// the signature recovery.
func BenchmarkVerify(b *testing.B) {
	env, err := DecodeEnvelope(benchReveal(b))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := env.Verify(testChainID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrepare is everything Apply does to a reveal before it locks
// the state: decode, verify, decode the payload.
func BenchmarkPrepare(b *testing.B) {
	f := NewFSM(testGenesis(b))
	l := &raft.Log{Index: 1, Type: raft.LogCommand, Data: benchReveal(b)}
	for b.Loop() {
		if p := f.prepare(l); p.err != nil || p.payloadErr != nil {
			b.Fatal(p.err, p.payloadErr)
		}
	}
}
