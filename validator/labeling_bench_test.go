package validator

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/agora-net/agora/validator/ledger"
)

// Sizes of BenchmarkPreferenceIngestion.
const (
	benchLabelers    = 64                           // concurrent clients, each a labeler
	benchComparisons = ledger.MaxPendingComparisons // per round, each to 3 labelers
	benchGold        = 200
)

// prefBench is a 3-node cluster on loopback (raft over TCP, badger with
// synced writes, the default log compaction settings) with preference
// subnet 2 of benchLabelers labelers, tempo 1 (each tick begins a round)
// and benchGold gold comparisons.
type prefBench struct {
	lc    *labelingCluster
	round int
}

func newPrefBench(b *testing.B) *prefBench {
	defaults := DefaultConfig()
	lc := newLabelingCluster(b, benchLabelers, benchGold, 1, func(cfg *Config) {
		cfg.SnapshotThreshold, cfg.SnapshotInterval, cfg.TrailingLogs = defaults.SnapshotThreshold, defaults.SnapshotInterval, defaults.TrailingLogs
	})
	return &prefBench{lc: lc}
}

// nextRound fills the pool with benchComparisons new comparisons, begins a
// round (untimed) and returns each labeler's labels of at most want items
// in all, signed in batches of batch labels, in the order each labeler
// sends them.
func (p *prefBench) nextRound(b *testing.B, batch, want int) (bodies [][][]byte, labels int) {
	p.round++
	p.lc.addComparisons(b, fmt.Sprint("bench round ", p.round), benchComparisons)
	p.lc.nextRound(b)
	leader := p.lc.c.entry()
	bodies = make([][][]byte, len(p.lc.labelers))
	type job struct {
		s      *signer
		labels []ledger.Preference
		nonce  uint64
		out    *[][]byte
	}
	var jobs []job
	for i, s := range p.lc.labelers {
		a, err := leader.Assignments(prefSubnetID, s.addr)
		if err != nil {
			b.Fatal(err)
		}
		var mine []ledger.Preference
		for _, it := range a.Items {
			if labels == want {
				break
			}
			id, _ := ledger.ParseItemID(it.ID)
			mine = append(mine, ledger.Preference{Item: id, Choice: truth(it)})
			labels++
		}
		for part := range slices.Chunk(mine, batch) {
			s.nonce++
			jobs = append(jobs, job{s, part, s.nonce, &bodies[i]})
		}
	}
	round := currentRound(b, leader)
	signed := signAll(b, len(jobs), func(k int) (*signer, string, any, uint64) {
		j := jobs[k]
		return j.s, ledger.TypeSubmitPreferences, ledger.SubmitPreferences{Subnet: prefSubnetID, Round: round, Labels: j.labels}, j.nonce
	})
	for k, j := range jobs {
		*j.out = append(*j.out, signed[k])
	}
	return bodies, labels
}

// currentRound is the subnet's current round on n.
func currentRound(b *testing.B, n *Node) uint64 {
	r, err := n.FSM().CurrentRound(prefSubnetID)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// run submits b.N labels in rounds: each round's comparisons, tick and
// signing untimed, its labels (every labeler sending its own batches in
// order, all labelers at once) timed. It reports labels per second of
// timed time and the p50 and p99 latency of one command, submission to
// commit.
func (p *prefBench) run(b *testing.B, batch int, submit revealer) {
	latencies, timed := timedRounds(b, func(left int) ([][][]byte, int) {
		return p.nextRound(b, batch, left)
	}, submit, func(n int) {
		leader := p.lc.c.entry()
		if _, filed, err := leader.FSM().RoundLabels(prefSubnetID, currentRound(b, leader), 0); err != nil || filed != n {
			b.Fatalf("the round holds %d labels (%v), want the %d sent", filed, err, n)
		}
	})
	b.ReportMetric(float64(b.N)/timed.Seconds(), "labels/s")
	b.ReportMetric(float64(batch), "labels/cmd")
	reportLatency(b, latencies)
}

// BenchmarkPreferenceIngestion measures signed preference labels through a
// 3-node cluster on loopback with synced writes: 64 labelers at once, each
// sending its own submit_preferences commands in order, every label
// checked at the edge (signature, nonce, round, labeler, assigned, not
// answered) and again by every replica's ledger, and durable (committed by
// a quorum's fsync) when its command returns. Sub-benchmarks vary the
// labels per command and the path: the leader's Node.Submit (the HTTP
// handler's path, without HTTP), and the leader's HTTP API.
func BenchmarkPreferenceIngestion(b *testing.B) {
	p := newPrefBench(b)
	for _, batch := range []int{1, 16, 64, 256} {
		b.Run(fmt.Sprintf("node/batch=%d", batch), func(b *testing.B) {
			p.run(b, batch, func(ctx context.Context, body []byte) error {
				return submitUntilKnown(p.lc.c.entry(), body)
			})
		})
	}
	b.Run("http/batch=64", func(b *testing.B) {
		p.run(b, 64, func(ctx context.Context, body []byte) error {
			return httpSubmit(ctx, p.lc.c, body)
		})
	})
}
