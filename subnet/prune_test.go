package subnet

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// old returns n non-immune neurons (registered at block 0, queried at a
// block past immunity) with emissions 100, 101, … so uid 0 is the lowest.
func old(n int) []PruneInfo {
	ns := make([]PruneInfo, n)
	for i := range ns {
		ns[i] = PruneInfo{Emission: uint64(100 + i)}
	}
	return ns
}

func TestPruneCandidate(t *testing.T) {
	p := PruneParams{CurrentBlock: 10_000, ImmunityPeriod: 5000, ImmuneOwnerUIDsLimit: 1, MinNonImmuneUIDs: 10}
	tests := []struct {
		name    string
		neurons func() []PruneInfo
		params  func(PruneParams) PruneParams
		wantUID uint16
		wantOK  bool
	}{
		{"empty subnet", func() []PruneInfo { return nil }, nil, 0, false},
		{"lowest emission among non-immune", func() []PruneInfo {
			ns := old(12)
			ns[7].Emission = 1
			return ns
		}, nil, 7, true},
		{"emission tie: earliest registration", func() []PruneInfo {
			ns := old(12)
			ns[3].Emission, ns[3].RegisteredAt = 5, 2
			ns[9].Emission, ns[9].RegisteredAt = 5, 1
			return ns
		}, nil, 9, true},
		{"emission and registration tie: lowest uid", func() []PruneInfo {
			ns := old(12)
			ns[9].Emission, ns[4].Emission = 5, 5
			return ns
		}, nil, 4, true},
		{"exactly MinNonImmuneUIDs non-immune: immune candidate", func() []PruneInfo {
			ns := old(12) // 10 old, 2 immune
			ns[10] = PruneInfo{Emission: 50, RegisteredAt: 9000}
			ns[11] = PruneInfo{Emission: 40, RegisteredAt: 9500}
			return ns
		}, nil, 11, true},
		{"MinNonImmuneUIDs+1 non-immune: non-immune candidate even if immune is lower", func() []PruneInfo {
			ns := old(12) // 11 old, 1 immune
			ns[11] = PruneInfo{Emission: 0, RegisteredAt: 9500}
			return ns
		}, nil, 0, true},
		{"few non-immune and no immune: none (chain quirk)", func() []PruneInfo { return old(5) }, nil, 0, false},
		{"all immune: lowest immune", func() []PruneInfo {
			ns := old(4)
			for i := range ns {
				ns[i].RegisteredAt = 9999
			}
			ns[2].Emission = 0
			return ns
		}, nil, 2, true},
		{"owner hotkey skipped despite lowest emission", func() []PruneInfo {
			ns := old(12)
			ns[0].OwnerHotkey, ns[0].OwnerColdkey = true, true
			return ns
		}, func(p PruneParams) PruneParams { p.MinNonImmuneUIDs = 0; return p }, 1, true},
		{"owner hotkey displaces older owner-coldkey hotkey at limit 1", func() []PruneInfo {
			ns := old(12)
			ns[0].OwnerColdkey = true // oldest owner-coldkey key, lowest emission
			ns[5].OwnerColdkey, ns[5].OwnerHotkey = true, true
			ns[5].RegisteredAt = 3
			return ns
		}, func(p PruneParams) PruneParams { p.MinNonImmuneUIDs = 0; return p }, 0, true},
		{"owner-coldkey hotkeys immortal up to the limit, oldest first", func() []PruneInfo {
			ns := old(12)
			ns[0].OwnerColdkey, ns[0].RegisteredAt = true, 30
			ns[1].OwnerColdkey, ns[1].RegisteredAt = true, 10
			ns[2].OwnerColdkey, ns[2].RegisteredAt = true, 20
			return ns
		}, func(p PruneParams) PruneParams { p.ImmuneOwnerUIDsLimit, p.MinNonImmuneUIDs = 2, 0; return p }, 0, true},
		{"limit 0: nothing immortal", func() []PruneInfo {
			ns := old(12)
			ns[0].OwnerHotkey = true
			return ns
		}, func(p PruneParams) PruneParams { p.ImmuneOwnerUIDsLimit, p.MinNonImmuneUIDs = 0, 0; return p }, 0, true},
		{"only immortal: none", func() []PruneInfo {
			ns := old(1)
			ns[0].OwnerHotkey = true
			return ns
		}, nil, 0, false},
		{"age equal to immunity is non-immune", func() []PruneInfo {
			ns := old(2)
			ns[1] = PruneInfo{Emission: 0, RegisteredAt: 5000} // age 5000
			return ns
		}, func(p PruneParams) PruneParams { p.MinNonImmuneUIDs = 1; return p }, 1, true},
		{"age one below immunity is immune", func() []PruneInfo {
			ns := old(2)
			ns[1] = PruneInfo{Emission: 0, RegisteredAt: 5001} // age 4999
			return ns
		}, func(p PruneParams) PruneParams { p.MinNonImmuneUIDs = 0; return p }, 0, true},
		{"registered after current block counts as age 0, immune", func() []PruneInfo {
			return []PruneInfo{{Emission: 3, RegisteredAt: 20_000}}
		}, nil, 0, true},
		{"immunity period 0: nobody immune", func() []PruneInfo {
			ns := old(3)
			ns[2].RegisteredAt, ns[2].Emission = 10_000, 0
			return ns
		}, func(p PruneParams) PruneParams { p.ImmunityPeriod, p.MinNonImmuneUIDs = 0, 2; return p }, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			params := p
			if tt.params != nil {
				params = tt.params(p)
			}
			uid, ok := PruneCandidate(tt.neurons(), params)
			if uid != tt.wantUID || ok != tt.wantOK {
				t.Errorf("PruneCandidate = (%d, %v), want (%d, %v)", uid, ok, tt.wantUID, tt.wantOK)
			}
		})
	}
}

func TestImmuneOwnerUIDs(t *testing.T) {
	ck := func(reg uint64) PruneInfo { return PruneInfo{OwnerColdkey: true, RegisteredAt: reg} }
	tests := []struct {
		name    string
		neurons []PruneInfo
		limit   uint16
		want    []uint16
	}{
		{"none", []PruneInfo{{}, {}}, 1, nil},
		{"owner hotkey only", []PruneInfo{{}, {OwnerHotkey: true}}, 1, []uint16{1}},
		{"oldest owner-coldkey key", []PruneInfo{ck(5), ck(3), ck(4)}, 1, []uint16{1}},
		{"registration tie by uid", []PruneInfo{ck(3), ck(3)}, 1, []uint16{0}},
		{"sorted and truncated", []PruneInfo{ck(5), ck(3), ck(4)}, 2, []uint16{1, 2}},
		{"owner hotkey first, then truncated", []PruneInfo{ck(1), ck(2), {OwnerHotkey: true, RegisteredAt: 9}}, 2, []uint16{2, 0}},
		{"owner hotkey already listed keeps its place", []PruneInfo{ck(1), {OwnerColdkey: true, OwnerHotkey: true, RegisteredAt: 2}}, 2, []uint16{0, 1}},
		{"owner hotkey outside the first limit is moved in", []PruneInfo{ck(1), ck(2), {OwnerColdkey: true, OwnerHotkey: true, RegisteredAt: 3}}, 2, []uint16{2, 0}},
		{"limit above count", []PruneInfo{ck(2), ck(1)}, 10, []uint16{1, 0}},
		{"limit 0", []PruneInfo{ck(2), {OwnerHotkey: true}}, 0, nil},
		{"two owner-hotkey flags: lowest uid", []PruneInfo{{}, {OwnerHotkey: true}, {OwnerHotkey: true}}, 1, []uint16{1}},
	}
	for _, tt := range tests {
		if got := ImmuneOwnerUIDs(tt.neurons, tt.limit); !slices.Equal(got, tt.want) {
			t.Errorf("%s: ImmuneOwnerUIDs = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// refPruneCandidate is get_neuron_to_prune written differently: sort every
// eligible UID by (emission, registration, uid) and take the first of each group.
func refPruneCandidate(ns []PruneInfo, p PruneParams) (uint16, bool) {
	immortal := ImmuneOwnerUIDs(ns, p.ImmuneOwnerUIDsLimit)
	var free, immune []int
	for i, n := range ns {
		if slices.Contains(immortal, uint16(i)) {
			continue
		}
		if satSub(p.CurrentBlock, n.RegisteredAt) < uint64(p.ImmunityPeriod) {
			immune = append(immune, i)
		} else {
			free = append(free, i)
		}
	}
	less := func(s []int) func(a, b int) bool {
		return func(a, b int) bool {
			x, y := ns[s[a]], ns[s[b]]
			if x.Emission != y.Emission {
				return x.Emission < y.Emission
			}
			if x.RegisteredAt != y.RegisteredAt {
				return x.RegisteredAt < y.RegisteredAt
			}
			return s[a] < s[b]
		}
	}
	sort.Slice(free, less(free))
	sort.Slice(immune, less(immune))
	if len(free) > int(p.MinNonImmuneUIDs) {
		return uint16(free[0]), true
	}
	if len(immune) > 0 {
		return uint16(immune[0]), true
	}
	return 0, false
}

func TestPruneCandidateMatchesSortingReference(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		ns := make([]PruneInfo, r.IntN(30))
		for i := range ns {
			ns[i] = PruneInfo{
				Emission:     uint64(r.IntN(5)),
				RegisteredAt: uint64(r.IntN(40)),
				OwnerColdkey: r.IntN(5) == 0,
			}
		}
		if len(ns) > 0 && r.IntN(2) == 0 {
			ns[r.IntN(len(ns))].OwnerHotkey = true
		}
		p := PruneParams{
			CurrentBlock:         uint64(r.IntN(60)),
			ImmunityPeriod:       uint16(r.IntN(30)),
			ImmuneOwnerUIDsLimit: uint16(r.IntN(4)),
			MinNonImmuneUIDs:     uint16(r.IntN(12)),
		}
		gotUID, gotOK := PruneCandidate(ns, p)
		wantUID, wantOK := refPruneCandidate(ns, p)
		if gotUID != wantUID || gotOK != wantOK {
			t.Fatalf("PruneCandidate(%+v, %+v) = (%d, %v), want (%d, %v)", ns, p, gotUID, gotOK, wantUID, wantOK)
		}
		if gotOK && slices.Contains(ImmuneOwnerUIDs(ns, p.ImmuneOwnerUIDsLimit), gotUID) {
			t.Fatalf("PruneCandidate(%+v, %+v) = %d, an immortal owner uid", ns, p, gotUID)
		}
	}
}

func TestDefaultPruneParams(t *testing.T) {
	got := DefaultPruneParams(42)
	want := PruneParams{CurrentBlock: 42, ImmunityPeriod: 5000, ImmuneOwnerUIDsLimit: 1, MinNonImmuneUIDs: 10}
	if got != want {
		t.Errorf("DefaultPruneParams(42) = %+v, want %+v", got, want)
	}
}

func TestActivityCutoff(t *testing.T) {
	tests := []struct {
		factor uint32
		tempo  uint16
		want   uint64
	}{
		{DefaultActivityCutoffFactorMilli, DefaultTempo, 5000},
		{1000, 360, 360},
		{50_000, 50_400, 2_520_000},
		{1000, 0, 1},
		{0, 360, 1},
		{1, 999, 1},
		{1, 1000, 1},
		{1, 2000, 2},
		{math.MaxUint32, math.MaxUint16, 281_470_681_677},
	}
	for _, tt := range tests {
		if got := ActivityCutoff(tt.factor, tt.tempo); got != tt.want {
			t.Errorf("ActivityCutoff(%d, %d) = %d, want %d", tt.factor, tt.tempo, got, tt.want)
		}
	}
}
