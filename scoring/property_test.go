package scoring

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// This file compares Epoch with naiveEpoch on seeded random states.

// propState draws a random, valid and realistic State: a few to a few dozen
// uids whose last_update and registration blocks sit around the current
// block, so that the activity, outdated-weight, recently-registered and
// commit-reveal masks all trigger; stakes with zeros, ties and a wide range;
// sorted duplicate-free weight and bond rows, sometimes empty, sometimes
// with zero values or a self-weight; and hyperparameters across their range.
func propState(r *rand.Rand) *State {
	n := propN(r)
	s := &State{Block: propBlock(r), Emission: propEmission(r)}
	hp := &s.Hyperparams
	hp.Tempo = propPick(r, 0, 1, 2, 3, 5, 10, 100, 360, 1000, uint16(r.Uint32()))
	hp.ActivityCutoffFactorMilli = propPick(r, 13889, 13889, 1000, 50000, 0, uint32(r.Uint32()%100_000), r.Uint32())
	cutoff := max(1, uint64(hp.ActivityCutoffFactorMilli)*uint64(hp.Tempo)/1000)

	if r.IntN(10) < 6 && s.Block > 0 {
		s.LastEpochBlock = propSubSat(s.Block, 1+uint64(r.IntN(int(hp.Tempo)+3)))
	}
	lastTempo := propSubSat(s.Block, uint64(hp.Tempo))
	if s.LastEpochBlock != 0 {
		lastTempo = propAddSat(s.LastEpochBlock, 1)
	}

	// A healthy subnet has mostly active validators and old registrations;
	// a chaotic one triggers every mask often.
	healthy := r.IntN(2) == 0
	s.Neurons = make([]Neuron, n)
	// last_update first: active, boundary, inactive, never.
	for i := range s.Neurons {
		nr := &s.Neurons[i]
		c := r.IntN(8)
		if healthy && r.IntN(4) > 0 {
			c = 0
		}
		switch c {
		case 0, 1:
			nr.LastUpdate = propSubSat(s.Block, uint64(r.IntN(int(min(cutoff, 1<<20)))))
		case 2:
			nr.LastUpdate = s.Block
		case 3:
			nr.LastUpdate = propSubSat(s.Block, uint64(r.IntN(int(min(cutoff, 1<<20))+2)))
		case 4:
			nr.LastUpdate = propSubSat(s.Block, cutoff+uint64(r.IntN(2)))
		case 5:
			nr.LastUpdate = propSubSat(s.Block, cutoff+1+uint64(r.IntN(1000)))
		case 6:
			nr.LastUpdate = 0
		default:
			nr.LastUpdate = propUpTo(r, s.Block)
		}
	}
	// Registration blocks: old, or near other uids' last_update or last_tempo.
	for i := range s.Neurons {
		nr := &s.Neurons[i]
		c := r.IntN(8)
		if healthy && r.IntN(5) > 0 {
			c = 0
		}
		switch c {
		case 0, 1:
			nr.RegisteredAt = 0
			if r.IntN(2) == 0 {
				nr.RegisteredAt = propUpTo(r, propSubSat(s.Block, 2*cutoff+uint64(hp.Tempo)+2)/2)
			}
		case 2, 3:
			other := s.Neurons[r.IntN(n)].LastUpdate
			nr.RegisteredAt = propAddSat(propSubSat(other, 1), uint64(r.IntN(3)))
		case 4, 5:
			nr.RegisteredAt = propAddSat(propSubSat(lastTempo, 1), uint64(r.IntN(3)))
		case 6:
			nr.RegisteredAt = propSubSat(nr.LastUpdate, uint64(r.IntN(50)))
		default:
			nr.RegisteredAt = propUpTo(r, s.Block)
		}
	}

	propStakes(r, s.Neurons)
	switch r.IntN(4) {
	case 0:
		if n > 0 {
			hp.StakeThreshold = s.Neurons[r.IntN(n)].Stake // boundary: == is kept
		}
	case 1:
		hp.StakeThreshold = r.Uint64N(1 << uint(r.IntN(56)+1))
	}
	allPermits := r.IntN(4) == 0
	for i := range s.Neurons {
		s.Neurons[i].ValidatorPermit = allPermits || r.IntN(100) < 65 || (healthy && r.IntN(3) > 0)
	}
	if n > 0 && r.IntN(2) == 0 {
		o := uint16(r.IntN(n))
		s.OwnerUID = &o
	}

	hp.MaxAllowedValidators = propPick(r, 0, 1, 2, uint16(r.IntN(n+3)), uint16(n), uint16(max(n-1, 0)), 64, 65535)
	hp.Kappa = propPick(r, 32767, 32767, 32767, 32767, 0, 65535, 1, uint16(r.Uint32()))
	hp.BondsPenalty = propPick(r, 0, 65535, 65535, 32767, uint16(r.Uint32()))
	hp.BondsMovingAverage = propPick(r, 900_000, 975_000, 0, 1_000_000, r.Uint64N(1_000_001))
	hp.Yuma3 = r.IntN(2) == 0
	hp.LiquidAlpha = r.IntN(2) == 0
	lo, hi := uint16(r.Uint32()), uint16(r.Uint32())
	if lo > hi {
		lo, hi = hi, lo
	}
	ab := propPick(r, [2]uint16{45875, 58982}, [2]uint16{lo, hi}, [2]uint16{lo, lo}, [2]uint16{0, 0},
		[2]uint16{0, 65535}, [2]uint16{1638, 65535}, [2]uint16{6553, 19660})
	hp.AlphaLow, hp.AlphaHigh = ab[0], ab[1]
	hp.AlphaSigmoidSteepness = propPick(r, 1000, 0, -1000, -200, -400, 200, 32767, -32768, int16(r.Uint32()), int16(r.IntN(401)-200))
	hp.CommitReveal = r.IntN(10) < 3
	if hp.CommitReveal {
		for i := range s.Neurons {
			if r.IntN(2) == 0 {
				continue
			}
			var cb uint64
			switch r.IntN(4) {
			case 0, 1:
				cb = propAddSat(propSubSat(s.Neurons[r.IntN(n)].RegisteredAt, 1), uint64(r.IntN(3)))
			case 2:
				cb = propSubSat(s.Block, uint64(r.IntN(int(min(cutoff, 1<<20))+2)))
			default:
				cb = propUpTo(r, s.Block)
			}
			s.Neurons[i].CommitBlock = &cb
		}
	}

	// Validators of a healthy subnet mostly score one common set of servers,
	// so that consensus, incentive and dividends are usually nonzero.
	var common []uint16
	for j := 0; j < n; j++ {
		if r.IntN(3) == 0 {
			common = append(common, uint16(j))
		}
	}
	for i := range s.Neurons {
		if healthy && len(common) > 0 && r.IntN(10) < 7 {
			s.Neurons[i].Weights = propCommonRow(r, common)
		} else {
			s.Neurons[i].Weights = propWeightRow(r, n, i)
		}
		s.Neurons[i].Bonds = propBondRow(r, n)
	}
	return s
}

// propCommonRow gives every uid of common a weight, max-upscaled to 65535.
func propCommonRow(r *rand.Rand, common []uint16) []Entry {
	row := make([]Entry, len(common))
	for k, j := range common {
		row[k] = Entry{UID: j, Value: uint16(r.Uint32())}
		if r.IntN(10) == 0 {
			row[k].Value = 0
		}
	}
	row[r.IntN(len(row))].Value = 65535
	return row
}

func propN(r *rand.Rand) int {
	switch p := r.IntN(100); {
	case p < 4:
		return 0
	case p < 8:
		return 1
	case p < 55:
		return 2 + r.IntN(7)
	case p < 85:
		return 9 + r.IntN(16)
	case p < 99:
		return 25 + r.IntN(24)
	default:
		return 49 + r.IntN(48)
	}
}

func propBlock(r *rand.Rand) uint64 {
	switch r.IntN(20) {
	case 0, 1, 2:
		return r.Uint64N(31)
	case 3, 4:
		return 1e6 + r.Uint64N(1e12)
	case 5:
		return math.MaxUint64 - r.Uint64N(1000)
	default:
		return 1000 + r.Uint64N(1_000_000)
	}
}

func propEmission(r *rand.Rand) uint64 {
	return propPick(r, 0, 1, 1_000_000_000, 1_000_000_000, r.Uint64(), math.MaxUint64, r.Uint64N(1e12), 1000)
}

// propStakes draws stakes whose total stays within 2^63−1, the bound
// Validate puts on it (subtensor's plain I64F64 sum); two styles sit at that
// bound, where the stake normalization needs its widest intermediates.
func propStakes(r *rand.Rand, ns []Neuron) {
	style := r.IntN(12)
	for i := range ns {
		if r.IntN(4) == 0 {
			continue // zero stake
		}
		switch style {
		case 0, 1, 2: // wide range
			ns[i].Stake = r.Uint64N(1 << uint(r.IntN(56)+1))
		case 3, 4: // ties
			ns[i].Stake = propPick(r, uint64(1e9), 2e9, 1)
		case 5, 6: // tiny
			ns[i].Stake = r.Uint64N(4)
		case 7: // near the bound, shared
			ns[i].Stake = math.MaxInt64/uint64(len(ns)) - r.Uint64N(3)
		default: // realistic rao amounts
			ns[i].Stake = 1e9 + r.Uint64N(1e15)
		}
	}
	if style == 8 && len(ns) > 0 { // one whale fills the rest of the bound
		var rest uint64
		w := r.IntN(len(ns))
		for i := range ns {
			if i != w {
				rest += ns[i].Stake
			}
		}
		ns[w].Stake = math.MaxInt64 - rest
	}
}

// propWeightRow returns a sorted, duplicate-free row of uids < n.
func propWeightRow(r *rand.Rand, n, self int) []Entry {
	if n == 0 || r.IntN(4) == 0 {
		return nil
	}
	p := 1 + r.IntN(100)
	style := r.IntN(6)
	var row []Entry
	for j := 0; j < n; j++ {
		if r.IntN(100) >= p && !(j == self && r.IntN(5) == 0) {
			continue
		}
		var v uint16
		switch {
		case style == 0:
			v = 0 // an all-zero row
		case r.IntN(7) == 0:
			v = 0 // explicit zero entries are kept
		case style == 1:
			v = 65535
		default:
			v = uint16(r.Uint32())
		}
		row = append(row, Entry{UID: uint16(j), Value: v})
	}
	if len(row) > 0 && style >= 2 && r.IntN(3) > 0 {
		row[r.IntN(len(row))].Value = 65535 // stored rows are max-upscaled
	}
	return row
}

func propBondRow(r *rand.Rand, n int) []Entry {
	if n == 0 || r.IntN(5) < 2 {
		return nil
	}
	p := 1 + r.IntN(100)
	var row []Entry
	for j := 0; j < n; j++ {
		if r.IntN(100) >= p {
			continue
		}
		v := uint16(r.Uint32())
		switch r.IntN(10) {
		case 0:
			v = 0
		case 1:
			v = 65535
		}
		row = append(row, Entry{UID: uint16(j), Value: v})
	}
	return row
}

// propUpTo draws uniformly from [0, x].
func propUpTo(r *rand.Rand, x uint64) uint64 {
	if x == math.MaxUint64 {
		return r.Uint64()
	}
	return r.Uint64N(x + 1)
}

func propPick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

func propSubSat(a, b uint64) uint64 {
	if b > a {
		return 0
	}
	return a - b
}

func propAddSat(a, b uint64) uint64 {
	if a+b < a {
		return math.MaxUint64
	}
	return a + b
}

// propAdvance turns s into the next epoch's input: the result's permits and
// bonds are stored, time moves on, some validators set new weights, and
// sometimes a uid is replaced by a new registration (YUMA.md §7).
func propAdvance(r *rand.Rand, s *State, res *Result) {
	n := len(s.Neurons)
	for i := range s.Neurons {
		s.Neurons[i].ValidatorPermit = res.ValidatorPermit[i]
		s.Neurons[i].Bonds = slices.Clone(res.Bonds[i])
	}
	s.LastEpochBlock = s.Block
	if r.IntN(5) == 0 {
		s.LastEpochBlock = 0
	}
	s.Block = propAddSat(s.Block, max(1, uint64(s.Hyperparams.Tempo))+uint64(r.IntN(3)))
	for i := range s.Neurons {
		if r.IntN(10) < 3 {
			s.Neurons[i].Weights = propWeightRow(r, n, i)
			s.Neurons[i].LastUpdate = s.Block
		}
		if r.IntN(10) == 0 {
			s.Neurons[i].Stake -= r.Uint64N(s.Neurons[i].Stake/2 + 1) // unstaking keeps Σ ≤ 2^63−1
		}
	}
	if n > 0 && r.IntN(10) < 2 {
		j := r.IntN(n)
		if s.OwnerUID == nil || int(*s.OwnerUID) != j {
			nr := &s.Neurons[j]
			nr.RegisteredAt, nr.LastUpdate = s.Block, s.Block
			nr.Weights, nr.Bonds, nr.ValidatorPermit, nr.CommitBlock = nil, nil, false, nil
			for i := range s.Neurons { // replace_neuron zeroes weights to j
				for k := range s.Neurons[i].Weights {
					if int(s.Neurons[i].Weights[k].UID) == j {
						s.Neurons[i].Weights[k].Value = 0
					}
				}
			}
		}
	}
}

func propClone(s *State) *State {
	c := *s
	if s.OwnerUID != nil {
		o := *s.OwnerUID
		c.OwnerUID = &o
	}
	c.Neurons = make([]Neuron, len(s.Neurons))
	for i, nr := range s.Neurons {
		nr.Weights = slices.Clone(nr.Weights)
		nr.Bonds = slices.Clone(nr.Bonds)
		if nr.CommitBlock != nil {
			cb := *nr.CommitBlock
			nr.CommitBlock = &cb
		}
		c.Neurons[i] = nr
	}
	return &c
}

// propDiff lists, field by field, where got differs from want.
func propDiff(got, want *Result) []string {
	var d []string
	vec := func(name string, g, w any, lg, lw int, at func(int) (any, any)) {
		if lg != lw {
			d = append(d, fmt.Sprintf("%s: length %d, want %d", name, lg, lw))
			return
		}
		shown := 0
		for i := 0; i < lg; i++ {
			gi, wi := at(i)
			if gi != wi {
				if shown < 4 {
					d = append(d, fmt.Sprintf("%s[%d]: got %v, want %v", name, i, gi, wi))
				}
				shown++
			}
		}
		if shown > 4 {
			d = append(d, fmt.Sprintf("%s: %d more differences", name, shown-4))
		}
	}
	u16 := func(name string, g, w []uint16) {
		vec(name, g, w, len(g), len(w), func(i int) (any, any) { return g[i], w[i] })
	}
	u64 := func(name string, g, w []uint64) {
		vec(name, g, w, len(g), len(w), func(i int) (any, any) { return g[i], w[i] })
	}
	bl := func(name string, g, w []bool) {
		vec(name, g, w, len(g), len(w), func(i int) (any, any) { return g[i], w[i] })
	}
	u16("StakeWeight", got.StakeWeight, want.StakeWeight)
	bl("Active", got.Active, want.Active)
	bl("ValidatorPermit", got.ValidatorPermit, want.ValidatorPermit)
	u16("Consensus", got.Consensus, want.Consensus)
	u16("Incentive", got.Incentive, want.Incentive)
	u16("Dividends", got.Dividends, want.Dividends)
	u16("ValidatorTrust", got.ValidatorTrust, want.ValidatorTrust)
	u64("Emission", got.Emission, want.Emission)
	u64("ServerEmission", got.ServerEmission, want.ServerEmission)
	u64("ValidatorEmission", got.ValidatorEmission, want.ValidatorEmission)
	if len(got.Bonds) != len(want.Bonds) {
		d = append(d, fmt.Sprintf("Bonds: %d rows, want %d", len(got.Bonds), len(want.Bonds)))
	} else {
		shown := 0
		for i := range got.Bonds {
			if !slices.Equal(got.Bonds[i], want.Bonds[i]) && !(len(got.Bonds[i]) == 0 && len(want.Bonds[i]) == 0) {
				if shown < 4 {
					d = append(d, fmt.Sprintf("Bonds[%d]: got %v, want %v", i, got.Bonds[i], want.Bonds[i]))
				}
				shown++
			}
		}
		if shown > 4 {
			d = append(d, fmt.Sprintf("Bonds: %d more rows differ", shown-4))
		}
	}
	return d
}

// propDump renders a state for a failure message.
func propDump(s *State) string {
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Sprintf("%+v", *s)
	}
	return string(b)
}

// propCheck runs both implementations on s and reports differences; it
// returns the reference result for chaining.
func propCheck(s *State) (*Result, string, bool) {
	want := naiveEpoch(propClone(s))
	got, err := Epoch(propClone(s))
	if err != nil {
		return want, fmt.Sprintf("Epoch rejected a valid state: %v", err), false
	}
	if d := propDiff(got, want); len(d) > 0 {
		return want, "got (Epoch) vs want (naive):\n  " + strings.Join(d, "\n  "), false
	}
	return want, "", true
}

func propSeed(k int) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(k), 0x5eed_a60a_0000_0001))
}

// TestEpochMatchesNaive runs Epoch and naiveEpoch on thousands of random
// states and requires bit-identical results.
func TestEpochMatchesNaive(t *testing.T) {
	count := 2500
	if testing.Short() {
		count = 400
	}
	for k := 0; k < count; k++ {
		s := propState(propSeed(k))
		if _, msg, ok := propCheck(s); !ok {
			t.Fatalf("seed %d (n=%d): %s\nstate: %s", k, len(s.Neurons), msg, propDump(s))
		}
	}
}

// TestEpochMatchesNaiveChained feeds each epoch's bonds and permits into the
// next, as the chain does, for five epochs per seed.
func TestEpochMatchesNaiveChained(t *testing.T) {
	count := 400
	if testing.Short() {
		count = 60
	}
	for k := 0; k < count; k++ {
		r := propSeed(1_000_000 + k)
		s := propState(r)
		for step := 0; step < 5; step++ {
			want, msg, ok := propCheck(s)
			if !ok {
				t.Fatalf("chain seed %d, epoch %d (n=%d): %s\nstate: %s", 1_000_000+k, step, len(s.Neurons), msg, propDump(s))
			}
			propAdvance(r, s, want)
		}
	}
}

// propShuffleRows puts about half of the weight and bond rows out of order.
func propShuffleRows(r *rand.Rand, s *State) {
	for i := range s.Neurons {
		if w := s.Neurons[i].Weights; r.IntN(2) == 0 {
			r.Shuffle(len(w), func(a, b int) { w[a], w[b] = w[b], w[a] })
		}
		if b := s.Neurons[i].Bonds; r.IntN(2) == 0 {
			r.Shuffle(len(b), func(x, y int) { b[x], b[y] = b[y], b[x] })
		}
	}
}

// TestEpochMatchesNaiveUnsortedRows covers rows stored out of uid order,
// which Validate accepts and the chain produces: set_weights stores the uids
// in the order the validator sent them. Order is invisible to sums, but
// Yuma3's liquid alpha looks entries up with a forward-only walk
// (liquid_alpha_matrix_sparse) and mat_ema_alpha_sparse emits bond rows in
// the weight row's order.
func TestEpochMatchesNaiveUnsortedRows(t *testing.T) {
	count := 800
	if testing.Short() {
		count = 100
	}
	for k := 0; k < count; k++ {
		r := propSeed(2_000_000 + k)
		s := propState(r)
		if r.IntN(2) == 0 {
			s.Hyperparams.Yuma3, s.Hyperparams.LiquidAlpha = true, true
		}
		propShuffleRows(r, s)
		if _, msg, ok := propCheck(s); !ok {
			t.Fatalf("seed %d (n=%d): %s\nstate: %s", 2_000_000+k, len(s.Neurons), msg, propDump(s))
		}
	}
}
