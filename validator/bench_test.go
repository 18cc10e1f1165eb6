package validator

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/raft"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/validator/ledger"
)

// Benchmark sizes of BenchmarkClusterSetWeights.
const (
	benchValidators = 64  // concurrent clients, each a registered validator
	benchUIDs       = 256 // uids on the subnet, and entries in every reveal
)

// weightsBench is a 3-node cluster on loopback (raft over TCP, badger with
// synced writes, the default log compaction settings) with subnet 1 of
// benchUIDs uids: benchValidators validators with permits, the rest
// miners, commit-reveal on with a reveal period of one epoch, tempo 1 and
// no weights rate limit.
type weightsBench struct {
	c          *testCluster
	root       *signer // ticks
	validators []*signer
	r          *rand.Rand
}

func newWeightsBench(b *testing.B) *weightsBench {
	c := newTestCluster(b, 3)
	w := &weightsBench{c: c, r: rand.New(rand.NewPCG(1, 2))}
	w.root = c.addGenesisValidators(1)[0]
	for i := range benchValidators {
		k := newSigner(seededKey(b, fmt.Sprintf("bench validator %d", i)))
		c.genesis.Validators = append(c.genesis.Validators, ledger.GenesisValidator{Address: k.addr, Stake: 1_000_000 + uint64(i)})
		w.validators = append(w.validators, k)
	}
	// The default log compaction settings, not the tests' small ones.
	defaults := DefaultConfig()
	c.tune = func(cfg *Config) {
		cfg.SnapshotThreshold, cfg.SnapshotInterval, cfg.TrailingLogs = defaults.SnapshotThreshold, defaults.SnapshotInterval, defaults.TrailingLogs
	}
	c.form(3)
	leader := c.nodes[0]
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.WeightsRateLimit, hp.CommitRevealEnabled, hp.RevealPeriodEpochs = 1, 0, true, 1
	hp.MaxAllowedUIDs, hp.MaxAllowedValidators = benchUIDs, benchValidators
	mustApply(b, leader, w.root.next(b, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: 1, Name: "bench", Task: ledger.TaskInference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp,
	}))
	var regs [][]byte
	for _, v := range w.validators {
		regs = append(regs, v.next(b, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleValidator}))
	}
	for i := range benchUIDs - benchValidators {
		m := newSigner(seededKey(b, fmt.Sprintf("bench miner %d", i)))
		regs = append(regs, m.next(b, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleMiner}))
	}
	var g errgroup.Group
	g.SetLimit(32)
	for _, body := range regs {
		g.Go(func() error { return submitUntilKnown(leader, body) })
	}
	if err := g.Wait(); err != nil {
		b.Fatal(err)
	}
	if s, _ := leader.FSM().Subnet(1); len(s.Neurons) != benchUIDs {
		b.Fatalf("subnet 1 has %d neurons, want %d", len(s.Neurons), benchUIDs)
	}
	return w
}

// commitRound has each validator commit per[i] weight vectors of
// benchUIDs entries (untimed) and ticks into the epoch that reveals them;
// it returns each validator's reveals, signed, in commit order (a reveal
// removes older commits, so they must come oldest first).
func (w *weightsBench) commitRound(b *testing.B, per []int) [][][]byte {
	leader := w.c.entry()
	uids := make([]uint16, benchUIDs)
	for k := range uids {
		uids[k] = uint16(k)
	}
	reveals := make([][][]byte, len(w.validators))
	var g errgroup.Group
	for i, v := range w.validators {
		r := rand.New(rand.NewPCG(uint64(i), w.r.Uint64()))
		type vector struct {
			values []uint16
			salt   []byte
		}
		var vectors []vector
		var commits [][]byte
		for range per[i] {
			vec := vector{make([]uint16, benchUIDs), make([]byte, 32)}
			for k := range vec.values {
				vec.values[k] = uint16(r.UintN(65536))
			}
			for k := range vec.salt {
				vec.salt[k] = byte(r.Uint32())
			}
			vectors = append(vectors, vec)
			commits = append(commits, v.next(b, ledger.TypeCommitWeights, ledger.CommitWeights{
				Subnet: 1, Hash: ledger.CommitHash(v.addr, 1, uids, vec.values, vec.salt, 0),
			}))
		}
		for _, vec := range vectors {
			reveals[i] = append(reveals[i], v.next(b, ledger.TypeRevealWeights, ledger.RevealWeights{
				Subnet: 1, UIDs: uids, Values: vec.values, Salt: vec.salt,
			}))
		}
		g.Go(func() error {
			for _, body := range commits {
				if err := submitUntilKnown(leader, body); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		b.Fatal(err)
	}
	if err := submitUntilKnown(leader, w.root.next(b, ledger.TypeTick, ledger.Tick{Block: leader.FSM().Block() + 1})); err != nil {
		b.Fatal(err)
	}
	return reveals
}

// revealer submits one encoded command and reports an error unless the
// ledger accepted it.
type revealer func(ctx context.Context, body []byte) error

// run reveals b.N weight vectors in rounds of at most
// MaxUnrevealedCommits per validator: each round's commits and tick are
// untimed, its reveals (every validator sending its own in order, all
// validators at once) timed. It reports reveals per second of timed time
// and the p50 and p99 latency of one reveal, submission to commit.
func (w *weightsBench) run(b *testing.B, submit revealer) {
	latencies, timed := timedRounds(b, func(left int) ([][][]byte, int) {
		round := min(left, len(w.validators)*ledger.MaxUnrevealedCommits)
		per := make([]int, len(w.validators))
		for i := range per {
			per[i] = round / len(per)
			if i < round%len(per) {
				per[i]++
			}
		}
		return w.commitRound(b, per), round
	}, submit, nil)
	b.ReportMetric(float64(b.N)/timed.Seconds(), "reveals/s")
	reportLatency(b, latencies)
}

// timedRounds sends b.N items in rounds: prepare(left), untimed, returns
// each client's encoded commands of the round, in the order that client
// sends them, and how many items they carry (at most left); the commands
// are submitted by one goroutine a client, all clients at once, timed;
// check, untimed and optional, verifies the round by its item count. It
// returns the latency of every command, sorted, and the time timed.
func timedRounds(b *testing.B, prepare func(left int) ([][][]byte, int), submit revealer, check func(items int)) ([]time.Duration, time.Duration) {
	var (
		mu        sync.Mutex
		latencies []time.Duration
		timed     time.Duration
	)
	b.ResetTimer()
	b.StopTimer()
	for done := 0; done < b.N; {
		bodies, n := prepare(b.N - done)
		start := time.Now()
		b.StartTimer()
		var g errgroup.Group
		for _, mine := range bodies {
			g.Go(func() error {
				for _, body := range mine {
					t0 := time.Now()
					if err := submit(context.Background(), body); err != nil {
						return err
					}
					d := time.Since(t0)
					mu.Lock()
					latencies = append(latencies, d)
					mu.Unlock()
				}
				return nil
			})
		}
		err := g.Wait()
		b.StopTimer()
		timed += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		if check != nil {
			check(n)
		}
		done += n
	}
	slices.Sort(latencies)
	return latencies, timed
}

// reportLatency reports the p50 and p99 of sorted latencies, in ms.
func reportLatency(b *testing.B, latencies []time.Duration) {
	pct := func(p float64) float64 {
		return float64(latencies[min(len(latencies)-1, int(p*float64(len(latencies))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkClusterSetWeights measures signed reveal_weights of 256 entries
// committed by a 3-node cluster on loopback with synced writes, sent by 64
// validators at once, each its own reveals in order: submitted to the
// leader's Node.Submit (the path of the HTTP handler, without HTTP), and
// through the leader's HTTP API.
func BenchmarkClusterSetWeights(b *testing.B) {
	w := newWeightsBench(b)
	b.Run("node", func(b *testing.B) {
		w.run(b, func(ctx context.Context, body []byte) error {
			return submitUntilKnown(w.c.entry(), body)
		})
	})
	b.Run("http", func(b *testing.B) {
		w.run(b, func(ctx context.Context, body []byte) error {
			return httpSubmit(ctx, w.c, body)
		})
	})
}

// entry is the node a benchmark client sends to: the leader, or while an
// election is under way (a loaded machine), the first node, which forwards.
func (c *testCluster) entry() *Node {
	if l := c.leader(); l != nil {
		return l
	}
	return c.nodes[0]
}

// httpSubmit posts body to the leader's API and fails unless it was
// applied. While no leader is known (an election on a loaded machine) it
// retries, as a client would on 503; such an answer means the command was
// not logged.
func httpSubmit(ctx context.Context, c *testCluster, body []byte) error {
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := NewClient(c.entry().cfg.HTTPAddr, testChainID).SubmitEncoded(ctx, body)
		var ae *APIError
		if errors.As(err, &ae) && ae.Status == http.StatusServiceUnavailable && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		if err != nil {
			return err
		}
		if resp.Error != "" {
			return fmt.Errorf("rejected: %s", resp.Error)
		}
		return nil
	}
}

// Sizes of BenchmarkLedgerLargeState.
const (
	largeSubnets    = 16
	largeUIDs       = ledger.MaxUIDs // 4096 neurons per subnet
	largeValidators = 64             // per subnet (max_allowed_validators' default), each with a full row
	largeTempo      = 32
)

// ledgerDriver applies signed commands to a ledger.FSM the way raft
// would, without raft.
type ledgerDriver struct {
	b     *testing.B
	f     *ledger.FSM
	index uint64
}

// apply applies encoded envelopes in order and fails on any rejection; it
// returns the time Apply took for each.
func (d *ledgerDriver) apply(bodies ...[]byte) []time.Duration {
	out := make([]time.Duration, len(bodies))
	for i, body := range bodies {
		d.index++
		start := time.Now()
		res := d.f.Apply(&raft.Log{Index: d.index, Term: 1, Type: raft.LogCommand, Data: body}).(*ledger.Result)
		out[i] = time.Since(start)
		if res.Err != "" {
			d.b.Fatalf("entry %d: %s", d.index, res.Err)
		}
	}
	return out
}

// signAll signs the commands build(i) for i in [0, n) in parallel, each
// with the nonce it returns, and returns their encodings in order.
func signAll(b *testing.B, n int, build func(i int) (*signer, string, any, uint64)) [][]byte {
	out := make([][]byte, n)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range n {
		g.Go(func() error {
			s, typ, payload, nonce := build(i)
			env, err := ledger.NewEnvelope(typ, payload, nonce)
			if err != nil {
				return err
			}
			if err := env.Sign(s.key, testChainID); err != nil {
				return err
			}
			out[i], err = json.Marshal(env)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		b.Fatal(err)
	}
	return out
}

// rssBytes reads the process's resident set size from /proc/self/status.
func rssBytes(b *testing.B) uint64 { return procStatus(b, "VmRSS:") }

// peakRSSBytes reads the process's peak resident set size.
func peakRSSBytes(b *testing.B) uint64 { return procStatus(b, "VmHWM:") }

func procStatus(b *testing.B, field string) uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skip("no /proc/self/status:", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			var kb uint64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err != nil {
				b.Fatal(err)
			}
			return kb << 10
		}
	}
	b.Fatalf("no %s in /proc/self/status", field)
	return 0
}

// BenchmarkLedgerLargeState builds, by applying signed commands directly
// to a ledger.FSM (no raft), 16 subnets of 4,096 neurons each: 64
// validators (genesis validators, so with permits; the same 64 keys on
// every subnet) and 4,032 miners (the same miner keys on every subnet),
// and gives every validator a full weight row of 4,096 entries on every
// subnet. That is the full weight matrix Yuma reads: only the top
// max_allowed_validators (64) by stake hold permits and count, and miners
// set no weights. It reports the resident set size after a GC, and the
// time one epoch of one such subnet adds to the Apply of the tick that
// runs it (the subnets' epochs fall on different ticks: each tick runs at
// most one), for the first epoch and for the second (with the bonds the
// first left), against the median tick that runs none. It also reports
// the time and peak memory of StateHash (the first call after an Apply
// encodes the state; /v1/state/hash calls it), of Snapshot (the stall of
// raft's FSM goroutine: a copy of the state) and Persist (the encoding),
// and of Restore.
//
// It builds the state once, whatever b.N and however often the testing
// package calls the sub-benchmark (so -benchtime 10000x for the cluster
// benchmark does not repeat it): read its metrics, not ns/op. Run it in a
// process of its own (-bench Large) for an RSS that owes nothing to other
// benchmarks.
func BenchmarkLedgerLargeState(b *testing.B) {
	var metrics map[string]float64
	b.Run("16x4096", func(b *testing.B) {
		if metrics == nil {
			metrics = map[string]float64{}
			benchLargeState(b, metrics)
		}
		for _, unit := range slices.Sorted(maps.Keys(metrics)) {
			b.ReportMetric(metrics[unit], unit)
		}
	})
}

func benchLargeState(b *testing.B, metrics map[string]float64) {
	rssStart := rssBytes(b)
	genesis := ledger.Genesis{ChainID: testChainID}
	validators := make([]*signer, largeValidators)
	for i := range validators {
		validators[i] = newSigner(seededKey(b, fmt.Sprintf("large validator %d", i)))
		genesis.Validators = append(genesis.Validators, ledger.GenesisValidator{Address: validators[i].addr, Stake: 1_000_000_000 + uint64(i)})
	}
	miners := make([]*signer, largeUIDs-largeValidators)
	for i := range miners {
		miners[i] = newSigner(seededKey(b, fmt.Sprintf("large miner %d", i)))
	}
	root := validators[0]
	d := &ledgerDriver{b: b, f: ledger.NewFSM(genesis)}
	tick := func() time.Duration {
		body := root.next(b, ledger.TypeTick, ledger.Tick{Block: d.f.Block() + 1})
		return d.apply(body)[0]
	}
	start := time.Now()
	var regApply []time.Duration

	// Subnet s is created at block s, so that its epochs fall at blocks
	// s + k·tempo: one subnet per tick.
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.MaxAllowedUIDs, hp.MaxAllowedValidators = largeTempo, largeUIDs, largeValidators
	hp.CommitRevealEnabled, hp.WeightsRateLimit = false, 0
	for s := range largeSubnets {
		d.apply(root.next(b, ledger.TypeCreateSubnet, ledger.CreateSubnet{
			ID: uint16(s + 1), Name: fmt.Sprintf("large-%d", s+1), Task: ledger.TaskInference,
			ModelHash: strings.Repeat("ab", 32), Hyperparams: hp,
		}))
		tick()
	}
	for s := range largeSubnets {
		id := uint16(s + 1)
		regs := signAll(b, largeUIDs, func(i int) (*signer, string, any, uint64) {
			if i < largeValidators {
				v := validators[i]
				return v, ledger.TypeRegister, ledger.Register{Subnet: id, Role: ledger.RoleValidator}, v.nonce + 1
			}
			m := miners[i-largeValidators]
			return m, ledger.TypeRegister, ledger.Register{Subnet: id, Role: ledger.RoleMiner}, m.nonce + 1
		})
		for _, v := range validators {
			v.nonce++
		}
		for _, m := range miners {
			m.nonce++
		}
		regApply = append(regApply, d.apply(regs...)...)
	}
	registered := time.Since(start)
	// Weights set in the block of a registration do not count for the
	// registered uid (Yuma masks weights not newer than the target's
	// registration): set them a block later.
	tick()

	uids := make([]uint16, largeUIDs)
	for i := range uids {
		uids[i] = uint16(i)
	}
	r := rand.New(rand.NewPCG(3, 4))
	var weightApply []time.Duration
	for s := range largeSubnets {
		id := uint16(s + 1)
		rows := make([][]uint16, largeValidators)
		for i := range rows {
			rows[i] = make([]uint16, largeUIDs)
			for k := range rows[i] {
				rows[i][k] = uint16(r.UintN(65536))
			}
		}
		sets := signAll(b, largeValidators, func(i int) (*signer, string, any, uint64) {
			v := validators[i]
			return v, ledger.TypeSetWeights, ledger.SetWeights{Subnet: id, UIDs: uids, Values: rows[i]}, v.nonce + 1
		})
		for _, v := range validators {
			v.nonce++
		}
		weightApply = append(weightApply, d.apply(sets...)...)
	}
	built := time.Since(start)
	runtime.GC()
	debug.FreeOSMemory()
	rssBuilt := rssBytes(b)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	slices.Sort(regApply)
	b.Logf("built %d subnets × %d neurons (%d validators with %d-entry rows each) in %s (registrations signed and applied in %s)",
		largeSubnets, largeUIDs, largeValidators, largeUIDs, built.Round(time.Millisecond), registered.Round(time.Millisecond))
	b.Logf("Apply: register median %s p99 %s; set_weights of 4,096 entries median %s",
		median(regApply), regApply[len(regApply)*99/100], median(weightApply))
	b.Logf("RSS %d MiB after GC (%d MiB at the start, peak so far %d MiB), Go heap in use %d MiB",
		rssBuilt>>20, rssStart>>20, peakRSSBytes(b)>>20, ms.HeapInuse>>20)

	sizeBefore := snapshotSize(b, d.f)

	// Ticks: the subnets' first epochs run at blocks 32..47, none at
	// 18..31 and 48..63, the second epochs at 64..79.
	var plain, first, second []time.Duration
	for d.f.Block() < 80 {
		next := d.f.Block() + 1
		dt := tick()
		switch {
		case next >= largeTempo && next < largeTempo+largeSubnets:
			first = append(first, dt)
		case next >= 2*largeTempo && next < 2*largeTempo+largeSubnets:
			second = append(second, dt)
		default:
			plain = append(plain, dt)
		}
	}
	for s := range largeSubnets {
		if got := len(d.f.Epochs(uint16(s + 1))); got != 2 {
			b.Fatalf("subnet %d ran %d epochs, want 2", s+1, got)
		}
	}
	// The epochs did the work: miners earn incentive, validators hold
	// bonds to them and dividends.
	view, _ := d.f.Subnet(1)
	incentive, bonded, dividends := 0, 0, 0
	for _, nu := range view.Neurons {
		if nu.Incentive > 0 {
			incentive++
		}
		if len(nu.Bonds) > 0 {
			bonded++
		}
		if nu.Dividends > 0 {
			dividends++
		}
	}
	b.Logf("subnet 1 after 2 epochs: %d uids with incentive, %d with bonds, %d with dividends", incentive, bonded, dividends)
	if incentive < largeUIDs/2 || bonded < largeValidators || dividends == 0 {
		b.Fatal("the epochs computed less than expected")
	}
	base := median(plain)
	b.Logf("tick without an epoch: median %s; with one subnet's epoch: first epochs median %s max %s, second epochs median %s max %s",
		base, median(first), slices.Max(first), median(second), slices.Max(second))
	metrics["RSS-MiB"] = float64(rssBuilt >> 20)
	metrics["epoch1-ms"] = float64((median(first) - base).Microseconds()) / 1000
	metrics["epoch2-ms"] = float64((median(second) - base).Microseconds()) / 1000

	runtime.GC()
	debug.FreeOSMemory()
	rssEpochs := rssBytes(b)
	sizeAfter := snapshotSize(b, d.f)
	b.Logf("RSS %d MiB after the epochs and a GC; the state's encoding grew from %d to %d MiB (bonds and 32 epoch records)",
		rssEpochs>>20, sizeBefore>>20, sizeAfter>>20)
	metrics["RSS-after-epochs-MiB"] = float64(rssEpochs >> 20)

	// What reads of the whole state cost at this size, and the memory they
	// take at their peak (VmHWM, reset before each).
	resetPeak := func() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }
	runtime.GC()
	debug.FreeOSMemory()
	resetPeak()
	t0 := time.Now()
	d.f.StateHash()
	hashTime := time.Since(t0)
	hashPeak := peakRSSBytes(b)
	t0 = time.Now()
	d.f.StateHash() // no entry applied since: cached
	hashAgain := time.Since(t0)
	runtime.GC()
	debug.FreeOSMemory()
	resetPeak()
	t0 = time.Now()
	snap, err := d.f.Snapshot()
	if err != nil {
		b.Fatal(err)
	}
	stall := time.Since(t0) // raft's FSM goroutine waits this long
	counted := &countingSink{}
	if err := snap.Persist(counted); err != nil {
		b.Fatal(err)
	}
	snapTime := time.Since(t0)
	snapPeak := peakRSSBytes(b)
	snap.Release()
	snap = nil
	snap, err = d.f.Snapshot()
	if err != nil {
		b.Fatal(err)
	}
	sink := &memSink{}
	sink.buf.Grow(int(counted.n))
	if err := snap.Persist(sink); err != nil {
		b.Fatal(err)
	}
	snap = nil
	runtime.GC()
	debug.FreeOSMemory()
	resetPeak()
	t0 = time.Now()
	restored := ledger.NewFSM(genesis)
	if err := restored.Restore(io.NopCloser(bytes.NewReader(sink.buf.Bytes()))); err != nil {
		b.Fatal(err)
	}
	restoreTime := time.Since(t0)
	restorePeak := peakRSSBytes(b)
	b.Logf("StateHash %s (peak RSS %d MiB), again without an Apply %s; Snapshot %s then Persist: %s in all, %d MiB (peak RSS %d MiB); Restore %s (peak RSS %d MiB, with the %d MiB snapshot in memory)",
		hashTime.Round(time.Millisecond), hashPeak>>20, hashAgain, stall.Round(time.Microsecond), snapTime.Round(time.Millisecond),
		counted.n>>20, snapPeak>>20, restoreTime.Round(time.Millisecond), restorePeak>>20, sink.buf.Len()>>20)
	metrics["statehash-ms"] = float64(hashTime.Milliseconds())
	metrics["statehash-peak-MiB"] = float64(hashPeak >> 20)
	metrics["snapshot-MiB"] = float64(counted.n >> 20)
	metrics["snapshot-stall-ms"] = float64(stall.Microseconds()) / 1000
	metrics["snapshot-persist-ms"] = float64(snapTime.Milliseconds())
	metrics["snapshot-peak-MiB"] = float64(snapPeak >> 20)
	metrics["restore-ms"] = float64(restoreTime.Milliseconds())
	metrics["restore-peak-MiB"] = float64(restorePeak >> 20)
}

// snapshotSize is the size of the ledger's snapshot.
func snapshotSize(b *testing.B, f *ledger.FSM) int64 {
	snap, err := f.Snapshot()
	if err != nil {
		b.Fatal(err)
	}
	counted := &countingSink{}
	if err := snap.Persist(counted); err != nil {
		b.Fatal(err)
	}
	return counted.n
}

// countingSink is a raft.SnapshotSink that keeps only the byte count.
type countingSink struct{ n int64 }

func (s *countingSink) Write(p []byte) (int, error) { s.n += int64(len(p)); return len(p), nil }
func (s *countingSink) Close() error                { return nil }
func (s *countingSink) ID() string                  { return "counting" }
func (s *countingSink) Cancel() error               { return nil }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkLedgerApplyReveal measures one replica's ledger.FSM.Apply of a
// signed reveal_weights of 256 entries (decoding, signature recovery,
// CommitHash, CheckWeights, storing the row), the serial work every
// replica does for every reveal: its inverse bounds a cluster's reveals
// per second whatever raft does.
func BenchmarkLedgerApplyReveal(b *testing.B) {
	v := newSigner(seededKey(b, "apply validator"))
	genesis := ledger.Genesis{ChainID: testChainID, Validators: []ledger.GenesisValidator{{Address: v.addr, Stake: 1_000_000}}}
	d := &ledgerDriver{b: b, f: ledger.NewFSM(genesis)}
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.WeightsRateLimit, hp.RevealPeriodEpochs, hp.MaxAllowedUIDs = 1, 0, 1, benchUIDs
	d.apply(v.next(b, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: 1, Name: "apply", Task: ledger.TaskInference, ModelHash: strings.Repeat("ab", 32), Hyperparams: hp,
	}))
	d.apply(v.next(b, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleValidator}))
	for i := range benchUIDs - 1 {
		m := newSigner(seededKey(b, fmt.Sprintf("apply miner %d", i)))
		d.apply(m.next(b, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleMiner}))
	}
	uids := make([]uint16, benchUIDs)
	for i := range uids {
		uids[i] = uint16(i)
	}
	r := rand.New(rand.NewPCG(5, 6))
	var elapsed time.Duration
	b.ResetTimer()
	for done := 0; done < b.N; {
		n := min(b.N-done, ledger.MaxUnrevealedCommits)
		var commits, reveals [][]byte
		var vectors [][]uint16
		salt := make([]byte, 32)
		for range n {
			values := make([]uint16, benchUIDs)
			for k := range values {
				values[k] = uint16(r.UintN(65536))
			}
			vectors = append(vectors, values)
			commits = append(commits, v.next(b, ledger.TypeCommitWeights, ledger.CommitWeights{Subnet: 1, Hash: ledger.CommitHash(v.addr, 1, uids, values, salt, 0)}))
		}
		d.apply(commits...)
		d.apply(v.next(b, ledger.TypeTick, ledger.Tick{Block: d.f.Block() + 1}))
		for _, values := range vectors {
			reveals = append(reveals, v.next(b, ledger.TypeRevealWeights, ledger.RevealWeights{Subnet: 1, UIDs: uids, Values: values, Salt: salt}))
		}
		for _, dt := range d.apply(reveals...) {
			elapsed += dt
		}
		done += n
	}
	b.ReportMetric(float64(elapsed.Nanoseconds())/float64(b.N), "apply-ns/reveal")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "reveals/s")
}
