package ledger

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/hashicorp/raft"
)

// ApplyBatch, whatever the batch boundaries and with raft's configuration
// entries among the commands, returns the results Apply returns one entry
// at a time and leaves the same state; configuration entries change
// nothing (raft never hands them to Apply).
func TestApplyBatchMatchesApply(t *testing.T) {
	for seed := range uint64(2) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			g := testGenesis(t)
			g.EpochHistory = 2
			src := randomSequence(t, seed, g)
			r := rand.New(rand.NewPCG(seed, 1))
			// The sequence's commands, with configuration and other
			// non-command entries inserted, indexed as raft would.
			var logs []*raft.Log
			for _, data := range src.logs {
				for r.IntN(10) == 0 {
					typ := []raft.LogType{raft.LogConfiguration, raft.LogNoop, raft.LogBarrier}[r.IntN(3)]
					logs = append(logs, &raft.Log{Index: uint64(len(logs)) + 1, Type: typ, Data: []byte("cfg")})
				}
				logs = append(logs, &raft.Log{Index: uint64(len(logs)) + 1, Type: raft.LogCommand, Data: data})
			}

			one := NewFSM(g)
			var want []any
			for _, l := range logs {
				if l.Type == raft.LogCommand {
					want = append(want, one.Apply(l))
				} else {
					want = append(want, nil)
				}
			}
			batched := NewFSM(g)
			var got []any
			for len(got) < len(logs) {
				n := min(len(logs)-len(got), 1+r.IntN(80))
				got = append(got, batched.ApplyBatch(logs[len(got):len(got)+n])...)
			}
			for i := range logs {
				w, _ := want[i].(*Result)
				g, _ := got[i].(*Result)
				if (w == nil) != (g == nil) || w != nil && (w.Index != g.Index || w.Err != g.Err || !reflect.DeepEqual(w.Value, g.Value)) {
					t.Fatalf("entry %d (%s): ApplyBatch %+v, Apply %+v", logs[i].Index, logs[i].Type, got[i], want[i])
				}
			}
			i1, h1 := one.StateHash()
			i2, h2 := batched.StateHash()
			if i1 != i2 || h1 != h2 {
				t.Fatalf("ApplyBatch state (%d, %s), Apply (%d, %s)", i2, h2.Hex(), i1, h1.Hex())
			}
			if content(t, one) != content(t, src.f) {
				t.Fatal("the replay with configuration entries reached another state than the sequence")
			}
		})
	}
}

// content is stateContent's hash: the state without index and nonces.
func content(tb testing.TB, f *FSM) string {
	_, h := stateContent(tb, f)
	return h.Hex()
}
