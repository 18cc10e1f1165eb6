package scoring_test

// The test vectors of YUMA.md Part 2, run through RunJSON: the same code path
// as `agora consensus epoch`. Multi-epoch vectors chain the stored bonds and
// the new validator permits of one epoch into the next epoch's input, as the
// chain does.
//
// Expectations come in two tiers so a failure says how much to trust it:
//   - asserted: values subtensor's own tests assert (assert_eq! or log
//     strings), converted to the integers they imply where that is exact;
//   - derived: integer values of YUMA.md's emulator, and values that follow
//     exactly from the specification (e.g. floor(0.5·65535) = 32767).

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/agora-net/agora/scoring"
)

// x marks a vector element an expectation does not check.
const x = -1

// rao is the per-epoch emission of the test mock (1 TAO).
const rao = 1_000_000_000

// inHyper is the hyperparams object of RunJSON's input.
type inHyper struct {
	Kappa                     uint16 `json:"kappa"`
	BondsPenalty              uint16 `json:"bonds_penalty"`
	BondsMovingAverage        uint64 `json:"bonds_moving_average"`
	MaxAllowedValidators      uint16 `json:"max_allowed_validators"`
	Tempo                     uint16 `json:"tempo"`
	ActivityCutoffFactorMilli uint16 `json:"activity_cutoff_factor_milli"`
	StakeThreshold            uint64 `json:"stake_threshold"`
	Yuma3                     bool   `json:"yuma3"`
	LiquidAlpha               bool   `json:"liquid_alpha"`
	AlphaLow                  uint16 `json:"alpha_low"`
	AlphaHigh                 uint16 `json:"alpha_high"`
	AlphaSigmoidSteepness     int16  `json:"alpha_sigmoid_steepness"`
}

// inNeuron is one element of RunJSON's neurons array.
type inNeuron struct {
	Stake           uint64      `json:"stake"`
	LastUpdate      uint64      `json:"last_update"`
	RegisteredAt    uint64      `json:"registered_at"`
	ValidatorPermit bool        `json:"validator_permit"`
	Weights         [][2]uint16 `json:"weights"`
	Bonds           [][2]uint16 `json:"bonds"`
}

// inState is RunJSON's input document.
type inState struct {
	Block          uint64     `json:"block"`
	Emission       uint64     `json:"emission"`
	LastEpochBlock uint64     `json:"last_epoch_block"`
	OwnerUID       *uint16    `json:"owner_uid"`
	Hyperparams    inHyper    `json:"hyperparams"`
	Neurons        []inNeuron `json:"neurons"`
}

// outResult is RunJSON's output document.
type outResult struct {
	StakeWeight       []uint16      `json:"stake_weight"`
	Active            []bool        `json:"active"`
	ValidatorPermit   []bool        `json:"validator_permit"`
	Consensus         []uint16      `json:"consensus"`
	Incentive         []uint16      `json:"incentive"`
	Dividends         []uint16      `json:"dividends"`
	ValidatorTrust    []uint16      `json:"validator_trust"`
	Emission          []uint64      `json:"emission"`
	ServerEmission    []uint64      `json:"server_emission"`
	ValidatorEmission []uint64      `json:"validator_emission"`
	Bonds             [][][2]uint16 `json:"bonds"`
}

// mockHyper returns the test-mock hyperparameters of YUMA.md Part 2,
// "Conventions": κ 32767, bonds moving average 900_000 (α = 0.1), β 65535,
// original Yuma, no liquid alpha, stake threshold 0, MaxAllowedValidators 100.
func mockHyper(tempo uint16) inHyper {
	return inHyper{
		Kappa:                     32767,
		BondsPenalty:              65535,
		BondsMovingAverage:        900_000,
		MaxAllowedValidators:      100,
		Tempo:                     tempo,
		ActivityCutoffFactorMilli: 13889,
		AlphaLow:                  45875,
		AlphaHigh:                 58982,
		AlphaSigmoidSteepness:     1000,
	}
}

// neurons builds n fresh neurons (registered at block 0, no weights, no bonds)
// with the given stakes, permits and last_update blocks.
func neurons(stakes []uint64, permits []bool, lastUpdate []uint64) []inNeuron {
	ns := make([]inNeuron, len(stakes))
	for i := range ns {
		ns[i] = inNeuron{Stake: stakes[i], ValidatorPermit: permits[i], LastUpdate: lastUpdate[i]}
	}
	return ns
}

// fill returns n copies of v.
func fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// maxUpscale is vec_u16_max_upscale_to_u16 (YUMA.md §8.3 step 7, V9), the
// transformation set_weights applies before storing a row, in I32F32 bits:
// if max > 32768, w·(65535/max) with the quotient truncated, else (w·65535)/max
// truncated; then round half away from zero, i.e. floor(v + 1/2) for v ≥ 0.
func maxUpscale(vals []uint16) []uint16 {
	var mx uint64
	for _, v := range vals {
		mx = max(mx, uint64(v))
	}
	out := slices.Clone(vals)
	if mx == 0 {
		return out
	}
	const one = uint64(1) << 32
	for i, v := range vals {
		var bits uint64 // I32F32 bits of the upscaled value
		if mx > 32768 {
			ratio := (65535 << 32) / mx // u16_max.safe_div(mval), truncated
			bits = uint64(v) * ratio    // e·ratio: (e<<32)·ratio >> 32
		} else {
			bits = (uint64(v) * 65535 << 32) / mx // (e·u16_max).safe_div(mval)
		}
		out[i] = uint16(min((bits+one/2)>>32, 65535))
	}
	return out
}

// setWeights is a set_weights extrinsic: the row is max-upscaled and stored,
// and last_update becomes the block it was sent at.
type setWeights struct {
	uid   int
	dests []uint16
	vals  []uint16
	block uint64
}

// epochStep is one epoch of a vector, with what happens before it.
type epochStep struct {
	name     string
	block    uint64
	emission uint64 // rao when zero
	set      []setWeights
	// rows are stored weight rows written directly, as subtensor's
	// mechanism tests do with Weights::insert (no upscale, no last_update).
	rows     map[int][][2]uint16
	asserted expect
	derived  expect
}

// expect lists the checked outputs of one epoch. Nil fields are not checked;
// in integer vectors x marks an unchecked element.
type expect struct {
	stakeWeight, consensus, incentive, dividends, validatorTrust []int64
	emission, serverEmission, validatorEmission                  []int64
	active, validatorPermit                                      []bool
	// bonds are all stored rows after the epoch (compared as sets of entries).
	bonds [][][2]uint16
	// bondCols maps a column j to the stored bond (i, j) per row i
	// (0 when row i has no entry for j).
	bondCols map[uint16][]int64
}

// vector is one test vector: the state before the first epoch and the epochs.
type vector struct {
	name   string
	state  inState
	epochs []epochStep
}

func TestVectors(t *testing.T) {
	for _, v := range vectors() {
		t.Run(v.name, func(t *testing.T) {
			runVector(t, v)
		})
	}
}

// runVector runs the epochs of v in order through RunJSON, applying each
// step's actions first and chaining stored bonds and new permits after.
//
// last_epoch_block stays as given: subtensor's tests call epoch() directly,
// which never sets LastMechansimStepBlock. With every uid registered at block
// 0 the bond mask of §4.9 is inert after the first epoch either way.
func runVector(t *testing.T, v vector) {
	t.Helper()
	st := v.state
	st.Neurons = slices.Clone(st.Neurons)
	for _, ep := range v.epochs {
		for _, sw := range ep.set {
			if len(sw.dests) != len(sw.vals) {
				t.Fatalf("%s: bad vector: set_weights(%d) has %d dests and %d values", ep.name, sw.uid, len(sw.dests), len(sw.vals))
			}
			up := maxUpscale(sw.vals)
			row := make([][2]uint16, len(up))
			for k := range up {
				row[k] = [2]uint16{sw.dests[k], up[k]}
			}
			st.Neurons[sw.uid].Weights = row
			st.Neurons[sw.uid].LastUpdate = sw.block
		}
		for uid, row := range ep.rows {
			st.Neurons[uid].Weights = row
		}
		st.Block = ep.block
		st.Emission = ep.emission
		if st.Emission == 0 {
			st.Emission = rao
		}

		res, ok := runEpoch(t, ep.name, st)
		if !ok {
			return
		}
		n := len(st.Neurons)
		checkShape(t, ep.name, res, n)
		ep.asserted.check(t, ep.name+" [asserted]", res)
		ep.derived.check(t, ep.name+" [derived]", res)

		if len(res.ValidatorPermit) != n || len(res.Bonds) != n {
			t.Fatalf("%s: cannot chain the next epoch: %d permits and %d bond rows for n = %d", ep.name, len(res.ValidatorPermit), len(res.Bonds), n)
		}
		for i := range st.Neurons {
			st.Neurons[i].ValidatorPermit = res.ValidatorPermit[i]
			st.Neurons[i].Bonds = slices.Clone(res.Bonds[i])
		}
	}
}

// runEpoch encodes st, calls RunJSON and decodes its output.
func runEpoch(t *testing.T, name string, st inState) (outResult, bool) {
	t.Helper()
	in, err := json.Marshal(normalized(st))
	if err != nil {
		t.Fatalf("%s: encode input: %v", name, err)
	}
	out, err := scoring.RunJSON(in)
	if err != nil {
		t.Errorf("%s: RunJSON(%s): got error %v, want nil", name, in, err)
		return outResult{}, false
	}
	var res outResult
	dec := json.NewDecoder(bytes.NewReader(out))
	if err := dec.Decode(&res); err != nil {
		t.Errorf("%s: decode output %s: %v", name, out, err)
		return outResult{}, false
	}
	return res, true
}

// normalized returns st with nil rows replaced by empty ones, so the input
// carries [] rather than null.
func normalized(st inState) inState {
	ns := make([]inNeuron, len(st.Neurons))
	for i, nr := range st.Neurons {
		if nr.Weights == nil {
			nr.Weights = [][2]uint16{}
		}
		if nr.Bonds == nil {
			nr.Bonds = [][2]uint16{}
		}
		ns[i] = nr
	}
	st.Neurons = ns
	return st
}

// checkShape checks that every output vector has one element per uid.
func checkShape(t *testing.T, name string, r outResult, n int) {
	t.Helper()
	lens := []struct {
		field string
		got   int
	}{
		{"stake_weight", len(r.StakeWeight)},
		{"active", len(r.Active)},
		{"validator_permit", len(r.ValidatorPermit)},
		{"consensus", len(r.Consensus)},
		{"incentive", len(r.Incentive)},
		{"dividends", len(r.Dividends)},
		{"validator_trust", len(r.ValidatorTrust)},
		{"emission", len(r.Emission)},
		{"server_emission", len(r.ServerEmission)},
		{"validator_emission", len(r.ValidatorEmission)},
		{"bonds", len(r.Bonds)},
	}
	for _, l := range lens {
		if l.got != n {
			t.Errorf("%s: len(%s): got %d, want %d", name, l.field, l.got, n)
		}
	}
}

func (e expect) check(t *testing.T, name string, r outResult) {
	t.Helper()
	checkInts(t, name, "stake_weight", r.StakeWeight, e.stakeWeight)
	checkInts(t, name, "consensus", r.Consensus, e.consensus)
	checkInts(t, name, "incentive", r.Incentive, e.incentive)
	checkInts(t, name, "dividends", r.Dividends, e.dividends)
	checkInts(t, name, "validator_trust", r.ValidatorTrust, e.validatorTrust)
	checkInts(t, name, "emission", r.Emission, e.emission)
	checkInts(t, name, "server_emission", r.ServerEmission, e.serverEmission)
	checkInts(t, name, "validator_emission", r.ValidatorEmission, e.validatorEmission)
	checkBools(t, name, "active", r.Active, e.active)
	checkBools(t, name, "validator_permit", r.ValidatorPermit, e.validatorPermit)
	if e.bonds != nil {
		if !sameRows(r.Bonds, e.bonds) {
			t.Errorf("%s: bonds: got %v, want %v", name, r.Bonds, e.bonds)
		}
	}
	cols := make([]uint16, 0, len(e.bondCols))
	for j := range e.bondCols {
		cols = append(cols, j)
	}
	slices.Sort(cols)
	for _, j := range cols {
		got := make([]uint16, len(r.Bonds))
		for i, row := range r.Bonds {
			for _, en := range row {
				if en[0] == j {
					got[i] = en[1]
				}
			}
		}
		checkInts(t, name, fmt.Sprintf("bonds column %d", j), got, e.bondCols[j])
	}
}

// checkInts compares got with want element by element, skipping x.
func checkInts[T uint16 | uint64](t *testing.T, name, field string, got []T, want []int64) {
	t.Helper()
	if want == nil {
		return
	}
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = want[i] == x || int64(got[i]) == want[i]
	}
	if !ok {
		t.Errorf("%s: %s: got %v, want %s", name, field, got, fmtWant(want))
	}
}

func checkBools(t *testing.T, name, field string, got, want []bool) {
	t.Helper()
	if want != nil && !slices.Equal(got, want) {
		t.Errorf("%s: %s: got %v, want %v", name, field, got, want)
	}
}

// fmtWant prints an expectation with x for unchecked elements.
func fmtWant(want []int64) string {
	parts := make([]string, len(want))
	for i, w := range want {
		if w == x {
			parts[i] = "x"
		} else {
			parts[i] = fmt.Sprint(w)
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// sameRows reports whether two bond matrices hold the same entries per row,
// whatever their order within a row.
func sameRows(got, want [][][2]uint16) bool {
	if len(got) != len(want) {
		return false
	}
	cmp := func(a, b [2]uint16) int { return int(a[0]) - int(b[0]) }
	for i := range want {
		g := slices.SortedFunc(slices.Values(got[i]), cmp)
		w := slices.SortedFunc(slices.Values(want[i]), cmp)
		if !slices.Equal(g, w) {
			return false
		}
	}
	return true
}

// vectors returns YUMA.md Part 2 V1–V5 as chained epochs.
func vectors() []vector {
	var vs []vector
	vs = append(vs, vectorV1(), vectorV2())
	vs = append(vs, vectorsV3()...)
	vs = append(vs, vectorV4(), vectorV5())
	return vs
}

// fiveNeurons is the state of V1, V2 and the first mechanism vector: three
// validators with 1e9 stake and permits, two servers without, all updated at
// block 1 and registered at block 0; tempo 10.
func fiveNeurons() inState {
	return inState{
		Hyperparams: mockHyper(10),
		Neurons: neurons(
			[]uint64{rao, rao, rao, 0, 0},
			[]bool{true, true, true, false, false},
			fill[uint64](5, 1),
		),
	}
}

// V1: tests/epoch_logs.rs::test_validators_weight_two_distinct_servers.
func vectorV1() vector {
	return vector{
		name:  "V1_two_distinct_servers",
		state: fiveNeurons(),
		epochs: []epochStep{{
			name:  "epoch (block 1)",
			block: 1,
			set: []setWeights{
				{uid: 0, dests: []uint16{3, 4}, vals: []uint16{65535, 0}, block: 1},
				{uid: 1, dests: []uint16{3, 4}, vals: []uint16{0, 65535}, block: 1},
				{uid: 2, dests: []uint16{3, 4}, vals: []uint16{65535, 0}, block: 1},
			},
			asserted: expect{
				// Consensus [0, 0, 0, 1, 0], Validator Trust [1, 0, 1, 0, 0],
				// Dividends [0.5, 0, 0.5, 0, 0], nCE [0.25, 0, 0.25, 0.5, 0].
				consensus:      []int64{0, 0, 0, 65535, 0},
				validatorTrust: []int64{65535, 0, 65535, 0, 0},
				dividends:      []int64{32767, 0, 32767, 0, 0},
				emission:       []int64{250000000, 0, 250000000, 500000000, 0},
			},
			derived: expect{
				serverEmission:    []int64{0, 0, 0, 500000000, 0},
				validatorEmission: []int64{250000000, 0, 250000000, 0, 0},
				incentive:         []int64{0, 0, 0, 65535, 0},
				bonds:             [][][2]uint16{{{3, 65535}}, {}, {{3, 65535}}, {}, {}},
			},
		}},
	}
}

// V2: tests/epoch_logs.rs::test_validator_splits_weight_across_two_servers.
func vectorV2() vector {
	return vector{
		name:  "V2_validator_splits_weight",
		state: fiveNeurons(),
		epochs: []epochStep{{
			name:  "epoch (block 1)",
			block: 1,
			set: []setWeights{
				{uid: 0, dests: []uint16{3, 4}, vals: []uint16{65535, 0}, block: 1},
				{uid: 1, dests: []uint16{3, 4}, vals: []uint16{0, 65535}, block: 1},
				{uid: 2, dests: []uint16{3, 4}, vals: []uint16{65535, 65535}, block: 1},
			},
			asserted: expect{
				// Dividends [0.25, 0.25, 0.5, 0, 0];
				// nCE [0.125, 0.125, 0.25, 0.25, 0.25].
				dividends: []int64{16383, 16383, 32767, 0, 0},
				emission:  []int64{125000000, 125000000, 250000000, 250000000, 250000000},
			},
			derived: expect{
				consensus: []int64{0, 0, 0, 32767, 32767},
				incentive: []int64{0, 0, 0, 32767, 32767},
			},
		}},
	}
}

// twoNeurons is the state of the two-uid V3 vectors: 1e9 stake each, tempo 10.
func twoNeurons(permits []bool, lastUpdate []uint64) inState {
	return inState{
		Hyperparams: mockHyper(10),
		Neurons:     neurons([]uint64{rao, rao}, permits, lastUpdate),
	}
}

// V3: the single-mechanism rows of tests/epoch_logs.rs, and each mechanism of
// the two mechanism vectors run as its own epoch.
func vectorsV3() []vector {
	tt := []bool{true, true}
	topk := twoNeurons(tt, []uint64{1, 1})
	topk.Neurons[0].Stake = 2 * rao
	topk.Hyperparams.MaxAllowedValidators = 1

	// inactiveWeights is test_inactive_mask_zeroes_active_stake with one
	// weight added so the zeroed active stake shows in the outputs: were it
	// not zeroed, uid 0's vote would give uid 1 consensus 1 and incentive 1.
	// last_update is 1 (not 0) so the weight survives the §4.5 outdated mask.
	inactiveWeights := twoNeurons(tt, []uint64{1, 1})
	inactiveWeights.Neurons[0].Weights = [][2]uint16{{1, 65535}}

	mech := func(name string, rows map[int][][2]uint16, emission []int64) vector {
		return vector{
			name:  name,
			state: fiveNeurons(),
			epochs: []epochStep{{
				name: "epoch (block 1)", block: 1, emission: 1000, rows: rows,
				asserted: expect{emission: emission},
			}},
		}
	}
	mech3 := func(name string, rows map[int][][2]uint16, emission []int64) vector {
		return vector{
			name: name,
			state: inState{
				Hyperparams: mockHyper(10),
				Neurons: neurons(
					[]uint64{rao, rao, 0, 0},
					[]bool{true, true, false, false},
					fill[uint64](4, 1),
				),
			},
			epochs: []epochStep{{
				name: "epoch (block 1)", block: 1, emission: 1000, rows: rows,
				asserted: expect{emission: emission},
			}},
		}
	}
	one := func(name string, st inState, block uint64, asserted, derived expect) vector {
		return vector{name: name, state: st, epochs: []epochStep{{
			name: fmt.Sprintf("epoch (block %d)", block), block: block,
			asserted: asserted, derived: derived,
		}}}
	}

	return []vector{
		one("V3_test_simple", twoNeurons(tt, []uint64{1, 1}), 1,
			expect{
				// Normalised Stake [0.5, 0.5], Consensus [0, 0],
				// Normalized Validator Emission [0.5, 0.5],
				// Combined Emission [500000000, 500000000].
				stakeWeight:       []int64{32767, 32767},
				active:            []bool{true, true},
				validatorPermit:   []bool{true, true},
				consensus:         []int64{0, 0},
				validatorEmission: []int64{500000000, 500000000},
				emission:          []int64{500000000, 500000000},
			},
			expect{serverEmission: []int64{0, 0}, incentive: []int64{0, 0}, dividends: []int64{0, 0}}),
		one("V3_yuma_emergency_mode", twoNeurons(tt, []uint64{0, 0}), 1_000_000,
			expect{
				// Inactive [true, true]; nCE [0.5, 0.5] (falls back to S).
				active:   []bool{false, false},
				emission: []int64{500000000, 500000000},
			},
			expect{validatorEmission: []int64{500000000, 500000000}}),
		one("V3_test_inactive_mask_zeroes_active_stake", twoNeurons(tt, []uint64{0, 0}), 1_000_000,
			// Active Stake [0, 0] is not an output; without weights it shows
			// only as the emergency fallback to S (see the variant below).
			expect{active: []bool{false, false}},
			expect{validatorEmission: []int64{500000000, 500000000}}),
		one("V3_test_inactive_mask_zeroes_active_stake_with_weight", inactiveWeights, 1_000_000,
			expect{active: []bool{false, false}},
			expect{
				consensus:         []int64{0, 0},
				incentive:         []int64{0, 0},
				dividends:         []int64{0, 0},
				validatorTrust:    []int64{0, 0},
				serverEmission:    []int64{0, 0},
				validatorEmission: []int64{500000000, 500000000},
				emission:          []int64{500000000, 500000000},
			}),
		one("V3_epoch_uses_active_stake_when_nonzero_active", twoNeurons(tt, []uint64{999, 1}), 1000,
			expect{
				// Inactive [false, true]; Active Stake [1, 0]; nCE [1, 0].
				active:   []bool{true, false},
				emission: []int64{rao, 0},
			},
			expect{validatorEmission: []int64{rao, 0}}),
		one("V3_test_validator_permit_masks_active_stake", twoNeurons([]bool{true, false}, []uint64{1, 1}), 1,
			// Active Stake [1, 0] is not an output; with no weights the
			// emission falls back to it (§4.11).
			expect{},
			expect{validatorEmission: []int64{rao, 0}, emission: []int64{rao, 0}}),
		one("V3_epoch_topk_validator_permits", topk, 1,
			expect{validatorPermit: []bool{true, false}},
			// S bits [2863311530, 1431655765] → floor(S·65535).
			expect{stakeWeight: []int64{43689, 21844}}),
		// The permit vector [true] (length 1, n = 2) cannot be written in our
		// input: the missing entry counts as masked, i.e. false.
		one("V3_test_bad_permit_vector", twoNeurons([]bool{true, false}, []uint64{1, 1}), 1,
			expect{validatorEmission: []int64{rao, 0}},
			expect{}),
		mech("V3_epoch_mechanism_reads_weights_per_mechanism_mech0",
			map[int][][2]uint16{0: {{3, 65535}}, 1: {{4, 65535}}, 2: {{3, 65535}}},
			[]int64{250, 0, 250, 500, 0}),
		mech("V3_epoch_mechanism_reads_weights_per_mechanism_mech1",
			map[int][][2]uint16{0: {{4, 65535}}, 1: {{3, 65535}}, 2: {{4, 65535}}},
			[]int64{250, 0, 250, 0, 500}),
		mech3("V3_epoch_mechanism_three_mechanisms_separate_state_mech0",
			map[int][][2]uint16{0: {{2, 65535}}, 1: {{2, 65535}}},
			[]int64{250, 250, 500, 0}),
		mech3("V3_epoch_mechanism_three_mechanisms_separate_state_mech1",
			map[int][][2]uint16{0: {{2, 65535}, {3, 65535}}, 1: {{2, 65535}, {3, 65535}}},
			[]int64{250, 250, 250, 250}),
		mech3("V3_epoch_mechanism_three_mechanisms_separate_state_mech2",
			map[int][][2]uint16{0: {{3, 65535}}, 1: {{3, 65535}}},
			[]int64{250, 250, 0, 500}),
	}
}

// V4: tests/epoch.rs::test_active_stake. Four uids with stake 1, tempo 1,
// MaxAllowedValidators 4, all registered at block 0; an epoch at block 0
// issues the permits.
func vectorV4() vector {
	st := inState{
		Hyperparams: mockHyper(1),
		Neurons:     neurons(fill[uint64](4, 1), fill(4, false), fill[uint64](4, 0)),
	}
	st.Hyperparams.MaxAllowedValidators = 4
	half := func(uid int, block uint64) setWeights {
		return setWeights{uid: uid, dests: []uint16{2, 3}, vals: []uint16{32767, 32767}, block: block}
	}
	return vector{
		name:  "V4_active_stake",
		state: st,
		epochs: []epochStep{
			{
				name:    "permit epoch (block 0)",
				block:   0,
				derived: expect{validatorPermit: fill(4, true)},
			},
			{
				name:  "epoch 1 (block 1)",
				block: 1,
				set:   []setWeights{half(0, 1), half(1, 1)},
				asserted: expect{
					dividends: []int64{32767, 32767, x, x},
					emission:  fill[int64](4, 250000000),
					bondCols: map[uint16][]int64{
						0: {0, 0, x, x}, 1: {0, 0, x, x},
						2: {65535, 65535, x, x}, 3: {65535, 65535, x, x},
					},
				},
				derived: expect{
					// S bits 1073741824 each; C bits [0, 0, 2^31, 2^31];
					// I [0, 0, 0.5, 0.5]; D [0.5, 0.5, 0, 0].
					stakeWeight:       fill[int64](4, 16383),
					consensus:         []int64{0, 0, 32767, 32767},
					incentive:         []int64{0, 0, 32767, 32767},
					dividends:         []int64{32767, 32767, 0, 0},
					serverEmission:    []int64{0, 0, 250000000, 250000000},
					validatorEmission: []int64{250000000, 250000000, 0, 0},
					validatorPermit:   fill(4, true),
					bonds:             [][][2]uint16{{{2, 65535}, {3, 65535}}, {{2, 65535}, {3, 65535}}, {}, {}},
				},
			},
			{
				name:  "epoch 2 (block 5002)",
				block: 5002,
				set:   []setWeights{half(0, 5002)},
				asserted: expect{
					dividends: []int64{36044, 29490, x, x},
					emission:  []int64{274999999, 224999999, x, x},
					bondCols: map[uint16][]int64{
						2: {65535, 53619, x, x}, 3: {65535, 53619, x, x},
					},
				},
				derived: expect{
					// Active stake [1, 0, 0, 0]; D bits [2362232013, 1932735282].
					active:   []bool{true, false, false, false},
					emission: []int64{274999999, 224999999, 250000000, 250000000},
				},
			},
			{
				name:  "epoch 3 (block 5003)",
				block: 5003,
				set:   []setWeights{half(1, 5002)},
				asserted: expect{
					dividends: []int64{35716, 29818, x, x},
					emission:  []int64{272501132, 227498866, x, x},
					bondCols: map[uint16][]int64{
						2: {65535, 54712, x, x}, 3: {65535, 54712, x, x},
					},
				},
				derived: expect{active: []bool{true, true, false, false}},
			},
		},
	}
}

// V5: tests/epoch.rs::test_bonds. Eight uids with stakes [1, 2, 3, 4, 0, 0,
// 0, 0], tempo 1, MaxAllowedValidators 8, all registered at block 0; an epoch
// at block 0 issues permits to uids 0–3, then one epoch per block. The first
// weights are sent in block 1 before its epoch; later actions are sent in the
// block before the epoch that reads them (last_update then matters only
// through the activity cutoff, 13 blocks, which no uid reaches).
func vectorV5() vector {
	st := inState{
		Hyperparams: mockHyper(1),
		Neurons:     neurons([]uint64{1, 2, 3, 4, 0, 0, 0, 0}, fill(8, false), fill[uint64](8, 0)),
	}
	st.Hyperparams.MaxAllowedValidators = 8
	vote := func(uid int) setWeights {
		return setWeights{uid: uid, dests: []uint16{4, 5, 6, 7}, vals: []uint16{16383, 32767, 49149, 65535}, block: 1}
	}
	self := func(uid int, block uint64) setWeights {
		return setWeights{uid: uid, dests: []uint16{uint16(uid)}, vals: []uint16{65535}, block: block}
	}
	permits := []bool{true, true, true, true, false, false, false, false}
	col := func(j uint16, rows ...int64) map[uint16][]int64 {
		return map[uint16][]int64{j: append(rows, x, x, x, x)}
	}
	return vector{
		name:  "V5_bonds_ema",
		state: st,
		epochs: []epochStep{
			{
				name:    "permit epoch (block 0)",
				block:   0,
				derived: expect{validatorPermit: permits},
			},
			{
				name:     "epoch 1 (block 1)",
				block:    1,
				set:      []setWeights{vote(0), vote(1), vote(2), vote(3)},
				asserted: expect{bondCols: col(4, 16383, 32767, 49151, 65535)},
				derived: expect{
					validatorPermit: permits,
					dividends:       []int64{6553, 13106, 19660, 26214, 0, 0, 0, 0},
					incentive:       []int64{0, 0, 0, 0, 6553, 13107, 19660, 26214},
					emission:        []int64{49999998, 99999999, 150000000, 200000001, 49998779, 100000610, 149996337, 200004272},
				},
			},
			{
				name:     "epoch 2 (block 2)",
				block:    2,
				set:      []setWeights{self(0, 1)},
				asserted: expect{bondCols: col(4, 14582, 32767, 49151, 65535)},
				derived:  expect{emission: []int64{44998351, 101110561, 151667215, 202223870, 49998779, 100000610, 149996337, 200004272}},
			},
			{
				name:     "epoch 3 (block 3)",
				block:    3,
				set:      []setWeights{self(1, 2)},
				asserted: expect{bondCols: col(4, 12603, 28321, 49151, 65535)},
				derived:  expect{emission: []int64{40496805, 90999783, 157929636, 210573773, 49998779, 100000610, 149996337, 200004272}},
			},
			{
				// Only uid 3 still votes (0.4 stake < κ): C = 0, I = 0, and
				// the emission falls back to stake.
				name:     "epoch 4 (block 4)",
				block:    4,
				set:      []setWeights{self(2, 3)},
				asserted: expect{bondCols: col(7, 12602, 28320, 49150, 65535)},
				derived: expect{
					emission:  []int64{99999999, 199999999, 299999999, 399999999, 0, 0, 0, 0},
					consensus: fill[int64](8, 0),
					incentive: fill[int64](8, 0),
				},
			},
			{
				name:     "epoch 5 (block 5)",
				block:    5,
				set:      []setWeights{{uid: 2, dests: []uint16{7}, vals: []uint16{65535}, block: 4}},
				asserted: expect{bondCols: col(7, 10951, 24609, 49150, 65535)},
				derived: expect{
					emission:  []int64{36443733, 81898628, 163565493, 218092144, 0, 0, 0, 500000000},
					consensus: []int64{x, x, x, x, x, x, x, 26214},
					incentive: []int64{x, x, x, x, x, x, x, 65535},
				},
			},
			{
				name:     "epoch 6 (block 6)",
				block:    6,
				asserted: expect{bondCols: col(7, 9559, 21482, 49150, 65535)},
				derived:  expect{emission: []int64{32799427, 73706612, 168638129, 224855830, 0, 0, 0, 500000000}},
			},
			{
				name:     "epoch 7 (block 7)",
				block:    7,
				asserted: expect{bondCols: col(7, 8376, 18824, 49150, 65535)},
				derived:  expect{emission: []int64{29518068, 66336137, 173203134, 230942659, 0, 0, 0, 500000000}},
			},
			{
				name:  "epoch 8 (block 8)",
				block: 8,
				derived: expect{
					bondCols: col(7, 7363, 16549, 49150, 65535),
					emission: []int64{26565175, 59701871, 177311856, 236421095, 0, 0, 0, 500000000},
				},
			},
		},
	}
}

// TestVectorMaxUpscaleHelper checks the test helper maxUpscale against V9's
// vec_u16_max_upscale_to_u16 cases and the set_weights examples of Part 2.
func TestVectorMaxUpscaleHelper(t *testing.T) {
	tests := []struct {
		in, want []uint16
	}{
		{[]uint16{0, 1, 65534}, []uint16{0, 1, 65535}},
		{[]uint16{65534}, []uint16{65535}},
		{[]uint16{0, 1, 2, 3, 4, 65533, 65535}, []uint16{0, 1, 2, 3, 4, 65533, 65535}},
		{[]uint16{32767, 32767}, []uint16{65535, 65535}},
		{[]uint16{43690, 21845}, []uint16{65535, 32768}},
		{[]uint16{16383, 32767, 49149, 65535}, []uint16{16383, 32767, 49149, 65535}},
		{[]uint16{65535}, []uint16{65535}},
		{[]uint16{65535, 0}, []uint16{65535, 0}},
		{[]uint16{0, 0}, []uint16{0, 0}},
		{[]uint16{}, []uint16{}},
	}
	for _, tt := range tests {
		if got := maxUpscale(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("maxUpscale(%v): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

// badInputBase is a valid three-uid input the bad-input cases corrupt.
const badInputBase = `{"block": 1, "emission": 1000000000, "last_epoch_block": 0, "owner_uid": null,
 "hyperparams": {"kappa": 32767, "bonds_penalty": 65535, "bonds_moving_average": 900000,
   "max_allowed_validators": 64, "tempo": 360, "activity_cutoff_factor_milli": 13889,
   "stake_threshold": 0, "yuma3": false, "liquid_alpha": false,
   "alpha_low": 45875, "alpha_high": 58982, "alpha_sigmoid_steepness": 1000},
 "neurons": [
   {"stake": 1000000000, "last_update": 1, "registered_at": 0, "validator_permit": true,
    "weights": [[1, 65535], [2, 0]], "bonds": [[1, 65535]]},
   {"stake": 0, "last_update": 1, "registered_at": 0, "validator_permit": false,
    "weights": [], "bonds": []},
   {"stake": 0, "last_update": 1, "registered_at": 0, "validator_permit": false,
    "weights": [], "bonds": []}]}`

// corrupt decodes badInputBase, applies f to the document and re-encodes it.
func corrupt(t *testing.T, f func(doc map[string]any)) []byte {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(badInputBase))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("decode badInputBase: %v", err)
	}
	f(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("encode corrupted input: %v", err)
	}
	return out
}

func hyper(doc map[string]any) map[string]any { return doc["hyperparams"].(map[string]any) }

func neuron(doc map[string]any, i int) map[string]any {
	return doc["neurons"].([]any)[i].(map[string]any)
}

func TestBadInputBaseIsValid(t *testing.T) {
	out, err := scoring.RunJSON([]byte(badInputBase))
	if err != nil {
		t.Fatalf("RunJSON(badInputBase): got error %v, want nil", err)
	}
	var res outResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("decode output %s: %v", out, err)
	}
	if len(res.Emission) != 3 {
		t.Errorf("len(emission): got %d, want 3", len(res.Emission))
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		input func(t *testing.T) []byte
		field string // the error must name it; "" for malformed JSON
	}{
		{"malformed JSON", func(*testing.T) []byte { return []byte(`{"block": 1, "emission": `) }, ""},
		{"empty input", func(*testing.T) []byte { return nil }, ""},
		{"missing hyperparams", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { delete(d, "hyperparams") })
		}, "hyperparams"},
		{"missing neurons[0].stake", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { delete(neuron(d, 0), "stake") })
		}, "neurons[0].stake"},
		{"weight to uid >= n", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["weights"] = [][]int{{1, 65535}, {3, 1}} })
		}, "neurons[0].weights[1]"},
		{"bond to uid >= n", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["bonds"] = [][]int{{7, 1}} })
		}, "neurons[0].bonds[0]"},
		{"kappa 70000", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { hyper(d)["kappa"] = 70000 })
		}, "kappa"},
		{"weight value 65536", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["weights"] = [][]int{{1, 65536}} })
		}, "neurons[0].weights[0]"},
		{"negative stake", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["stake"] = -1 })
		}, "neurons[0].stake"},
		{"stake 1.5", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["stake"] = 1.5 })
		}, "neurons[0].stake"},
		{"alpha_low above alpha_high", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { hyper(d)["alpha_low"] = 60000; hyper(d)["alpha_high"] = 50000 })
		}, "alpha_low"},
		{"duplicate uid in a weights row", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["weights"] = [][]int{{1, 1}, {2, 5}, {1, 2}} })
		}, "neurons[0].weights"},
		{"weights pair with 3 elements", func(t *testing.T) []byte {
			return corrupt(t, func(d map[string]any) { neuron(d, 0)["weights"] = [][]int{{1, 65535, 0}} })
		}, "neurons[0].weights[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.input(t)
			out, err := scoring.RunJSON(in)
			if err == nil {
				t.Fatalf("RunJSON(%s): got output %s and nil error, want an error naming %q", in, out, tt.field)
			}
			if out != nil {
				t.Errorf("RunJSON(%s): got output %q with the error, want nil", in, out)
			}
			msg := err.Error()
			t.Logf("error: %s", msg)
			if strings.ContainsAny(msg, "\r\n") {
				t.Errorf("error %q: got several lines, want one", msg)
			}
			if !strings.Contains(msg, tt.field) {
				t.Errorf("error %q: does not name %q", msg, tt.field)
			}
		})
	}
}

// FuzzRunJSON feeds RunJSON arbitrary documents: it must never panic, must
// return either an error (one line, nil output) or a well-formed result, and
// must be deterministic; the stored emission never exceeds the input's.
func FuzzRunJSON(f *testing.F) {
	f.Add([]byte(badInputBase))
	f.Add([]byte(`{"block": 1, "emission": `))
	for _, v := range vectors() {
		st := v.state
		st.Block, st.Emission = v.epochs[0].block, rao
		in, err := json.Marshal(normalized(st))
		if err != nil {
			f.Fatalf("encode %s: %v", v.name, err)
		}
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := scoring.RunJSON(in)
		if err != nil {
			if out != nil {
				t.Errorf("RunJSON(%q): got output %q with error %v, want nil", in, out, err)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Errorf("RunJSON(%q): error %q: got several lines, want one", in, err)
			}
			return
		}
		again, err := scoring.RunJSON(in)
		if err != nil || !bytes.Equal(out, again) {
			t.Fatalf("RunJSON(%q) not deterministic: %q then %q (error %v)", in, out, again, err)
		}
		var res outResult
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("RunJSON(%q): output %q does not decode: %v", in, out, err)
		}
		checkShape(t, "fuzz", res, len(res.Bonds))
		// Keys are matched exactly here: encoding/json's struct decoding
		// matches them case-insensitively, which RunJSON need not do.
		var doc map[string]json.RawMessage
		if json.Unmarshal(in, &doc) != nil {
			return
		}
		emission, err := strconv.ParseUint(string(doc["emission"]), 10, 64)
		if err != nil {
			return
		}
		var sum uint64
		for _, e := range res.Emission {
			sum += e
		}
		if sum > emission {
			t.Errorf("RunJSON(%q): Σ emission %d exceeds the input emission %d", in, sum, emission)
		}
	})
}
