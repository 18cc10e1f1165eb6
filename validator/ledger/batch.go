package ledger

import (
	"runtime"
	"sync"

	"github.com/hashicorp/raft"
)

// ApplyBatch applies a batch of committed log entries, in order, as Apply
// would one by one, and returns one result per entry: a *Result for a
// command entry, nil for any other entry (raft hands those, its
// configuration changes, to ApplyBatch but never to Apply, and they change
// nothing here, not even the applied index).
//
// Verification is parallel: the part of Apply that depends only on an
// entry's bytes (decoding the envelope, recovering the signer, decoding the
// payload; see prepare) runs for all command entries of the batch at once
// on up to GOMAXPROCS goroutines before the state is locked. This is the
// only place the ledger starts goroutines, and it is deterministic: each
// goroutine computes a pure function of one entry into that entry's slot,
// and the entries are then applied strictly in log order on the calling
// goroutine, so every replica reaches the same state whatever the batch
// sizes or the scheduling.
//
// Raft answers the proposals of a batch only once ApplyBatch returns,
// where it answers each after its Apply otherwise. On 2 cores, with three
// replicas in one process (BenchmarkClusterSetWeights), that delay
// outweighed the parallel verification (about 4,350 reveals/s against
// 4,650), so the validator's raft FSM applies entry by entry; ApplyBatch
// is for machines with cores to spare.
func (f *FSM) ApplyBatch(logs []*raft.Log) []any {
	preps := make([]prepared, len(logs))
	var commands []int
	for i, l := range logs {
		if l.Type == raft.LogCommand {
			commands = append(commands, i)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(commands))
	if workers <= 1 {
		for _, i := range commands {
			preps[i] = f.prepare(logs[i])
		}
	} else {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := w; k < len(commands); k += workers {
					i := commands[k]
					preps[i] = f.prepare(logs[i])
				}
			}()
		}
		wg.Wait()
	}

	out := make([]any, len(logs))
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, i := range commands {
		out[i] = f.applyPrepared(logs[i], &preps[i])
	}
	return out
}
