package scoring

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/fnv"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// fuzzSource turns fuzz bytes into the random stream propState draws from:
// the leading bytes are used directly, eight per draw, so the fuzzer's
// mutations steer the size, hyperparameters and first rows of the state;
// past the end a PCG seeded with the input's hash keeps states rich.
type fuzzSource struct {
	data []byte
	rest *rand.PCG
}

func newFuzzSource(data []byte) *fuzzSource {
	h := fnv.New64a()
	h.Write(data)
	return &fuzzSource{data: data, rest: rand.NewPCG(h.Sum64(), uint64(len(data)))}
}

func (f *fuzzSource) Uint64() uint64 {
	if len(f.data) == 0 {
		return f.rest.Uint64()
	}
	var b [8]byte
	k := copy(b[:], f.data)
	f.data = f.data[k:]
	return binary.LittleEndian.Uint64(b[:])
}

// fuzzCheckInvariants asserts what must hold for every valid state,
// whatever the numbers:
//   - every vector, and Bonds, has one element per uid;
//   - Σ ServerEmission, Σ ValidatorEmission, Σ Emission and even
//     Σ (ServerEmission_i + ValidatorEmission_i) are at most the emission.
//     Proof: every normalized share is a truncated quotient x_i = ⌊a_i·2^32/Σ⌋
//     with Σ_i (I_i + D_i) = Σ exactly (no term saturates, each is ≤ 1), so the
//     bits of nSE and nVE together sum to at most 2^32; in the zero fallback
//     I = 0 and nVE is S or aS, whose bits also sum to at most 2^32 (each is a
//     truncated normalization). Each payout is ⌊x_i·E/2^32⌋ and a sum of floors
//     is at most the floor of the sum, so the total is at most E. No "+n" slack
//     is needed: the floors only ever lose rao.
//   - permits: at most MaxAllowedValidators, plus the owner;
//   - bond rows: uids < n, none repeated (a row keeps the order of the input
//     rows it derives from, so it is ascending only for sorted input); a uid
//     that neither holds nor gains a permit keeps its stored row, and one that
//     loses its permit is cleared.
func fuzzCheckInvariants(t *testing.T, s *State, r *Result) {
	t.Helper()
	n := len(s.Neurons)
	lens := map[string]int{
		"StakeWeight": len(r.StakeWeight), "Active": len(r.Active), "ValidatorPermit": len(r.ValidatorPermit),
		"Consensus": len(r.Consensus), "Incentive": len(r.Incentive), "Dividends": len(r.Dividends),
		"ValidatorTrust": len(r.ValidatorTrust), "Emission": len(r.Emission), "ServerEmission": len(r.ServerEmission),
		"ValidatorEmission": len(r.ValidatorEmission), "Bonds": len(r.Bonds),
	}
	for name, l := range lens {
		if l != n {
			t.Fatalf("%s has %d elements, want n = %d", name, l, n)
		}
	}
	var server, validator, combined, both fuzzU128
	for i := 0; i < n; i++ {
		server.add(r.ServerEmission[i])
		validator.add(r.ValidatorEmission[i])
		combined.add(r.Emission[i])
		both.add(r.ServerEmission[i])
		both.add(r.ValidatorEmission[i])
	}
	for name, sum := range map[string]fuzzU128{"ServerEmission": server, "ValidatorEmission": validator,
		"Emission": combined, "ServerEmission+ValidatorEmission": both} {
		if !sum.le(s.Emission) {
			t.Fatalf("Σ %s = %v exceeds the emission %d", name, sum, s.Emission)
		}
	}

	owner := -1
	if s.OwnerUID != nil && int(*s.OwnerUID) < n {
		owner = int(*s.OwnerUID)
	}
	permitted := 0
	for i, p := range r.ValidatorPermit {
		if p && i != owner {
			permitted++
		}
	}
	if permitted > int(s.Hyperparams.MaxAllowedValidators) {
		t.Fatalf("%d non-owner permits, MaxAllowedValidators is %d", permitted, s.Hyperparams.MaxAllowedValidators)
	}
	for i, row := range r.Bonds {
		seen := make(map[uint16]bool, len(row))
		for _, e := range row {
			if int(e.UID) >= n {
				t.Fatalf("Bonds[%d] references uid %d ≥ n = %d", i, e.UID, n)
			}
			if seen[e.UID] {
				t.Fatalf("Bonds[%d] repeats uid %d: %v", i, e.UID, row)
			}
			seen[e.UID] = true
		}
		oldPermit := s.Neurons[i].ValidatorPermit || i == owner
		switch {
		case r.ValidatorPermit[i]:
		case oldPermit:
			if len(row) != 0 {
				t.Fatalf("Bonds[%d] = %v, want cleared: the uid lost its permit", i, row)
			}
		default:
			if len(row) != len(s.Neurons[i].Bonds) {
				t.Fatalf("Bonds[%d] = %v, want the stored row %v", i, row, s.Neurons[i].Bonds)
			}
			for k := range row {
				if row[k] != s.Neurons[i].Bonds[k] {
					t.Fatalf("Bonds[%d] = %v, want the stored row %v", i, row, s.Neurons[i].Bonds)
				}
			}
		}
	}
}

// fuzzStateJSON writes s in the input form of DecodeState, for seeds.
func fuzzStateJSON(s *State) []byte {
	type hyper struct {
		Kappa                     uint16 `json:"kappa"`
		BondsPenalty              uint16 `json:"bonds_penalty"`
		BondsMovingAverage        uint64 `json:"bonds_moving_average"`
		MaxAllowedValidators      uint16 `json:"max_allowed_validators"`
		Tempo                     uint16 `json:"tempo"`
		ActivityCutoffFactorMilli uint32 `json:"activity_cutoff_factor_milli"`
		StakeThreshold            uint64 `json:"stake_threshold"`
		Yuma3                     bool   `json:"yuma3"`
		LiquidAlpha               bool   `json:"liquid_alpha"`
		AlphaLow                  uint16 `json:"alpha_low"`
		AlphaHigh                 uint16 `json:"alpha_high"`
		AlphaSigmoidSteepness     int16  `json:"alpha_sigmoid_steepness"`
		CommitReveal              bool   `json:"commit_reveal"`
	}
	type neuron struct {
		Stake           uint64      `json:"stake"`
		LastUpdate      uint64      `json:"last_update"`
		RegisteredAt    uint64      `json:"registered_at"`
		ValidatorPermit bool        `json:"validator_permit"`
		Weights         [][2]uint16 `json:"weights"`
		Bonds           [][2]uint16 `json:"bonds"`
		CommitBlock     *uint64     `json:"commit_block,omitempty"`
	}
	type state struct {
		Block          uint64   `json:"block"`
		Emission       uint64   `json:"emission"`
		LastEpochBlock uint64   `json:"last_epoch_block"`
		OwnerUID       *uint16  `json:"owner_uid"`
		Hyperparams    hyper    `json:"hyperparams"`
		Neurons        []neuron `json:"neurons"`
	}
	pairs := func(es []Entry) [][2]uint16 {
		out := [][2]uint16{}
		for _, e := range es {
			out = append(out, [2]uint16{e.UID, e.Value})
		}
		return out
	}
	out := state{Block: s.Block, Emission: s.Emission, LastEpochBlock: s.LastEpochBlock, OwnerUID: s.OwnerUID,
		Hyperparams: hyper(s.Hyperparams), Neurons: []neuron{}}
	for _, nr := range s.Neurons {
		out.Neurons = append(out.Neurons, neuron{nr.Stake, nr.LastUpdate, nr.RegisteredAt, nr.ValidatorPermit,
			pairs(nr.Weights), pairs(nr.Bonds), nr.CommitBlock})
	}
	b, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return b
}

// fuzzU128 sums u64 payouts without overflow.
type fuzzU128 struct{ hi, lo uint64 }

func (u *fuzzU128) add(x uint64) {
	u.lo += x
	if u.lo < x {
		u.hi++
	}
}

func (u fuzzU128) le(x uint64) bool { return u.hi == 0 && u.lo <= x }

// FuzzEpoch decodes the fuzz input into a random valid State (not JSON, so
// that every input is a meaningful state; rows are sometimes shuffled), runs
// Epoch, checks the invariants, compares with the naive reference, and checks
// that the JSON path (DecodeState, RunJSON) agrees with the Go one.
func FuzzEpoch(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0})
	f.Add([]byte("agora yuma"))
	for k := 0; k < 16; k++ {
		seed := make([]byte, 8*(k+1))
		for i := range seed {
			seed[i] = byte(k*31 + i*7)
		}
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := rand.New(newFuzzSource(data))
		s := propState(r)
		if r.IntN(4) == 0 {
			propShuffleRows(r, s)
		}
		got, err := Epoch(propClone(s))
		if err != nil {
			t.Fatalf("Epoch rejected a valid state: %v\nstate: %s", err, propDump(s))
		}
		fuzzCheckInvariants(t, s, got)
		if d := propDiff(got, naiveEpoch(propClone(s))); len(d) > 0 {
			t.Fatalf("got (Epoch) vs want (naive):\n  %s\nstate: %s", strings.Join(d, "\n  "), propDump(s))
		}

		in := fuzzStateJSON(s)
		decoded, err := DecodeState(in)
		if err != nil {
			t.Fatalf("DecodeState rejected a valid state: %v\ninput: %s", err, in)
		}
		if !reflect.DeepEqual(fuzzNormalize(decoded), fuzzNormalize(propClone(s))) {
			t.Fatalf("DecodeState changed the state:\ngot  %s\nwant %s", propDump(decoded), propDump(s))
		}
		out, err := RunJSON(in)
		if err != nil {
			t.Fatalf("RunJSON rejected a valid state: %v", err)
		}
		want, err := got.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		if !bytes.Equal(out, want) {
			t.Fatalf("RunJSON output differs from Epoch's result:\ngot  %s\nwant %s", out, want)
		}
	})
}

// fuzzNormalize makes empty rows nil so that decoded and generated states
// compare equal.
func fuzzNormalize(s *State) *State {
	for i := range s.Neurons {
		if len(s.Neurons[i].Weights) == 0 {
			s.Neurons[i].Weights = nil
		}
		if len(s.Neurons[i].Bonds) == 0 {
			s.Neurons[i].Bonds = nil
		}
		if !s.Hyperparams.CommitReveal {
			s.Neurons[i].CommitBlock = nil
		}
	}
	if len(s.Neurons) == 0 {
		s.Neurons = nil
	}
	return s
}

// FuzzDecodeState feeds arbitrary bytes to the JSON entry points. They must
// never panic; an error wraps ErrInvalidState, is one line and comes with no
// output; a state DecodeState accepts is one Epoch accepts, and RunJSON's
// output is Epoch's result in JSON.
func FuzzDecodeState(f *testing.F) {
	f.Add([]byte(``))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"block":1,"emission":2}`))
	for k := 0; k < 12; k++ {
		f.Add(fuzzStateJSON(propState(propSeed(k))))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, runErr := RunJSON(data)
		if runErr != nil {
			if out != nil {
				t.Fatalf("RunJSON returned %d bytes with error %v", len(out), runErr)
			}
			if !errors.Is(runErr, ErrInvalidState) || strings.Contains(runErr.Error(), "\n") {
				t.Fatalf("RunJSON error %q does not wrap ErrInvalidState on one line", runErr)
			}
		}
		st, err := DecodeState(data)
		if err != nil {
			if st != nil {
				t.Fatalf("DecodeState returned a state with error %v", err)
			}
			if runErr == nil {
				t.Fatalf("RunJSON accepted what DecodeState rejects (%v)", err)
			}
			return
		}
		if st == nil {
			t.Fatal("DecodeState returned neither a state nor an error")
		}
		res, err := Epoch(st)
		if err != nil {
			t.Fatalf("Epoch rejected a state DecodeState accepted: %v", err)
		}
		want, err := res.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		if runErr != nil || !bytes.Equal(out, want) || !json.Valid(out) {
			t.Fatalf("RunJSON = %q, %v; want %q", out, runErr, want)
		}
	})
}
