package rlhf

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var testSecret = []byte("validator secret 0123456789")

// makePairs returns n pairs with content ids and the given id prefix in
// their text.
func makePairs(prefix string, n int) []Pair {
	out := make([]Pair, n)
	for i := range out {
		p := Pair{Prompt: fmt.Sprintf("%s prompt %d", prefix, i), A: fmt.Sprintf("%s a %d", prefix, i), B: fmt.Sprintf("%s b %d", prefix, i)}
		p.ID = PairID(p.Prompt, p.A, p.B)
		out[i] = p
	}
	return out
}

func names(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%03d", prefix, i)
	}
	return out
}

func mustAssign(t testing.TB, r Round, cfg AssignConfig) *Plan {
	t.Helper()
	plan, err := Assign(testSecret, r, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// checkPlan checks the rules every plan obeys and returns, per labeler,
// the number of ordinary and gold items.
func checkPlan(t *testing.T, r Round, cfg AssignConfig, plan *Plan) (ordinary, gold map[string]int) {
	t.Helper()
	pairByID := map[string]Pair{}
	isGold := map[string]bool{}
	for _, p := range r.Pairs {
		pairByID[p.ID] = p
	}
	for _, p := range r.Gold {
		pairByID[p.ID] = p
		isGold[p.ID] = true
	}
	seen := map[string]map[string]bool{}
	for l, ids := range r.History {
		seen[l] = map[string]bool{}
		for _, id := range ids {
			seen[l][id] = true
		}
	}
	ordinary, gold = map[string]int{}, map[string]int{}
	got := map[[2]string]bool{}
	perPair := map[string]int{}
	hexID := regexp.MustCompile(`^[0-9a-f]{32}$`)
	itemIDs := map[string]bool{}
	for i, task := range plan.Tasks {
		if i > 0 {
			prev := plan.Tasks[i-1]
			if prev.Labeler > task.Labeler || prev.Labeler == task.Labeler && prev.Item.ID >= task.Item.ID {
				t.Fatalf("tasks %d and %d are out of order", i-1, i)
			}
		}
		key := [2]string{task.Labeler, task.Pair}
		if got[key] {
			t.Errorf("%s got pair %s twice in the round", task.Labeler, task.Pair)
		}
		got[key] = true
		if seen[task.Labeler][task.Pair] {
			t.Errorf("%s got pair %s again: it is in their history", task.Labeler, task.Pair)
		}
		p, ok := pairByID[task.Pair]
		if !ok {
			t.Fatalf("task for unknown pair %q", task.Pair)
		}
		if task.Gold != isGold[task.Pair] {
			t.Errorf("task for %s: got gold %v, want %v", task.Pair, task.Gold, isGold[task.Pair])
		}
		a, b := p.A, p.B
		if task.Swapped {
			a, b = b, a
		}
		if task.Item.Prompt != p.Prompt || task.Item.A != a || task.Item.B != b {
			t.Errorf("item %+v does not show pair %+v (swapped %v)", task.Item, p, task.Swapped)
		}
		if !hexID.MatchString(task.Item.ID) || strings.Contains(task.Pair, task.Item.ID) {
			t.Errorf("item id %q is not 32 opaque hex digits", task.Item.ID)
		}
		if itemIDs[task.Item.ID] {
			t.Errorf("item id %s used twice", task.Item.ID)
		}
		itemIDs[task.Item.ID] = true
		if back, ok := plan.Task(task.Labeler, task.Item.ID); !ok || back != task {
			t.Errorf("Task(%s, %s) = %+v, %v; want %+v", task.Labeler, task.Item.ID, back, ok, task)
		}
		if task.Gold {
			gold[task.Labeler]++
		} else {
			ordinary[task.Labeler]++
			perPair[task.Pair]++
		}
	}
	short := map[string]int{}
	for _, s := range plan.Short {
		short[s.Pair] = s.Labelers
	}
	for _, p := range r.Pairs {
		eligible := 0
		for _, l := range r.Labelers {
			if !seen[l][p.ID] {
				eligible++
			}
		}
		want := min(cfg.PerPair, eligible)
		if perPair[p.ID] != want {
			t.Errorf("pair %s: got %d labelers, want %d", p.ID, perPair[p.ID], want)
		}
		if n, ok := short[p.ID]; ok != (want < cfg.PerPair) || ok && n != want {
			t.Errorf("pair %s: shortfall listed %v (%d), want listed %v with %d", p.ID, ok, n, want < cfg.PerPair, want)
		}
	}
	return ordinary, gold
}

func spread(m map[string]int, labelers []string) (lo, hi int) {
	lo, hi = math.MaxInt, 0
	for _, l := range labelers {
		lo, hi = min(lo, m[l]), max(hi, m[l])
	}
	return lo, hi
}

func TestAssignRules(t *testing.T) {
	tests := []struct {
		name               string
		labelers, pairs, g int
		cfg                AssignConfig
	}{
		{"default", 11, 400, 60, DefaultAssign()},
		{"more labelers than slots", 40, 5, 10, DefaultAssign()},
		{"five per pair, no gold", 7, 50, 0, AssignConfig{PerPair: 5}},
		{"fewer labelers than per pair", 2, 10, 3, DefaultAssign()},
		{"one labeler", 1, 3, 3, AssignConfig{PerPair: 1, GoldRate: 0.5}},
		{"gold rate, no gold pairs", 5, 20, 0, DefaultAssign()},
		{"high gold rate", 10, 100, 200, AssignConfig{PerPair: 3, GoldRate: 0.5}},
		{"nothing to label", 5, 0, 10, DefaultAssign()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Round{Seed: []byte("block 1"), Labelers: names("l", tt.labelers), Pairs: makePairs("p", tt.pairs), Gold: makePairs("g", tt.g)}
			plan := mustAssign(t, r, tt.cfg)
			ordinary, gold := checkPlan(t, r, tt.cfg, plan)
			if lo, hi := spread(ordinary, r.Labelers); hi-lo > 1 {
				t.Errorf("ordinary loads range over [%d, %d]; want a spread of at most 1", lo, hi)
			}
			for _, l := range r.Labelers {
				want := float64(ordinary[l]) * tt.cfg.GoldRate / (1 - tt.cfg.GoldRate)
				if tt.g > 0 && (float64(gold[l]) < math.Floor(want) || float64(gold[l]) > math.Ceil(want)) {
					t.Errorf("%s: %d gold items for %d ordinary; want ⌊%.2f⌋ or ⌈%.2f⌉", l, gold[l], ordinary[l], want, want)
				}
				if tt.g == 0 && gold[l] != 0 {
					t.Errorf("%s: %d gold items without gold pairs", l, gold[l])
				}
			}
			if tt.labelers < tt.cfg.PerPair && len(plan.Short) != tt.pairs {
				t.Errorf("got %d shortfalls, want all %d pairs short", len(plan.Short), tt.pairs)
			}
		})
	}
}

// Over a large round the gold share is GoldRate, gold is spread over the
// gold set, and both kinds of item are shown swapped half the time.
func TestAssignGoldShare(t *testing.T) {
	r := Round{Seed: []byte("block 2"), Labelers: names("l", 50), Pairs: makePairs("p", 2000), Gold: makePairs("g", 100)}
	plan := mustAssign(t, r, DefaultAssign())
	ordinary, gold := checkPlan(t, r, DefaultAssign(), plan)
	var nGold, nSwapGold, nSwap int
	uses := map[string]int{}
	for _, task := range plan.Tasks {
		if task.Gold {
			nGold++
			uses[task.Pair]++
			if task.Swapped {
				nSwapGold++
			}
		} else if task.Swapped {
			nSwap++
		}
	}
	share := float64(nGold) / float64(len(plan.Tasks))
	if math.Abs(share-0.1) > 0.01 {
		t.Errorf("gold share %.4f, want 0.10 ± 0.01", share)
	}
	if lo, hi := spread(uses, idsOf(r.Gold)); hi-lo > 1 {
		t.Errorf("gold pairs used between %d and %d times; want a spread of at most 1", lo, hi)
	}
	if f := float64(nSwap) / float64(len(plan.Tasks)-nGold); math.Abs(f-0.5) > 0.03 {
		t.Errorf("ordinary items swapped %.3f of the time, want 0.5", f)
	}
	if f := float64(nSwapGold) / float64(nGold); math.Abs(f-0.5) > 0.1 {
		t.Errorf("gold items swapped %.3f of the time, want 0.5", f)
	}
	// Gold is not put at the end of a labeler's list.
	last := 0
	for _, l := range r.Labelers {
		items := plan.Items(l)
		if len(items) == 0 {
			t.Fatalf("%s got no items", l)
		}
		if task, _ := plan.Task(l, items[len(items)-1].ID); task.Gold {
			last++
		}
		if len(items) != ordinary[l]+gold[l] {
			t.Errorf("%s: Items returned %d items, want %d", l, len(items), ordinary[l]+gold[l])
		}
	}
	if last > 20 {
		t.Errorf("%d of 50 labelers have gold as their last item", last)
	}
}

func idsOf(ps []Pair) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// Rounds that feed each plan into the next one's history never repeat a
// pair for a labeler, also once the gold set runs out and for pairs carried
// over.
func TestAssignAcrossRounds(t *testing.T) {
	labelers := names("l", 6)
	gold := makePairs("g", 12)
	carried := makePairs("carried", 4)
	history := map[string][]string{}
	total := map[[2]string]int{}
	for round := range 6 {
		r := Round{
			Seed:     []byte(fmt.Sprint("block ", round)),
			Labelers: labelers,
			Pairs:    append(makePairs(fmt.Sprint("r", round), 30), carried...),
			Gold:     gold,
			History:  history,
		}
		cfg := AssignConfig{PerPair: 3, GoldRate: 0.2}
		plan := mustAssign(t, r, cfg)
		checkPlan(t, r, cfg, plan)
		next := map[string][]string{}
		for l, ids := range history {
			next[l] = slices.Clone(ids)
		}
		for _, task := range plan.Tasks {
			next[task.Labeler] = append(next[task.Labeler], task.Pair)
			total[[2]string{task.Labeler, task.Pair}]++
		}
		history = next
	}
	for k, n := range total {
		if n > 1 {
			t.Errorf("%s got pair %s %d times", k[0], k[1], n)
		}
	}
	// Each carried pair has gone to every labeler by round 2 and then to
	// none, and is listed short from then on.
	for _, p := range carried {
		for _, l := range labelers {
			if total[[2]string{l, p.ID}] != 1 {
				t.Errorf("carried pair %s went to %s %d times, want once", p.ID, l, total[[2]string{l, p.ID}])
			}
		}
	}
	for _, l := range labelers {
		g := 0
		for _, p := range gold {
			g += total[[2]string{l, p.ID}]
		}
		if g > len(gold) {
			t.Errorf("%s got %d gold items from a set of %d", l, g, len(gold))
		}
	}
}

// The plan depends on the inputs' content, not their order; another seed or
// secret changes it.
func TestAssignDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	r := Round{
		Seed: []byte("block 9"), Labelers: names("l", 9), Pairs: makePairs("p", 60), Gold: makePairs("g", 10),
		History: map[string][]string{"l000": {makePairs("p", 60)[3].ID, makePairs("g", 10)[1].ID}, "l004": {makePairs("p", 60)[3].ID}},
	}
	plan := mustAssign(t, r, DefaultAssign())
	perm := Round{
		Seed:     r.Seed,
		Labelers: append(shuffled(rng, r.Labelers), r.Labelers[2]), // a duplicate counts once
		Pairs:    shuffled(rng, r.Pairs),
		Gold:     shuffled(rng, r.Gold),
		History:  map[string][]string{"l000": {r.History["l000"][1], r.History["l000"][0], "unknown"}, "l004": r.History["l004"], "stranger": {"x"}},
	}
	if got := mustAssign(t, perm, DefaultAssign()); !reflect.DeepEqual(got, plan) {
		t.Errorf("permuted input gave another plan")
	}
	other := r
	other.Seed = []byte("block 10")
	if got := mustAssign(t, other, DefaultAssign()); reflect.DeepEqual(got.Tasks, plan.Tasks) {
		t.Errorf("another seed gave the same plan")
	}
	otherSecret, err := Assign([]byte("another validator secret"), r, DefaultAssign())
	if err != nil {
		t.Fatal(err)
	}
	if otherSecret.Tasks[0].Item.ID == plan.Tasks[0].Item.ID {
		t.Errorf("another secret gave the same item ids")
	}
}

func TestAssignErrors(t *testing.T) {
	p := makePairs("p", 3)
	dup := append(slices.Clone(p), p[1])
	same := []Pair{{ID: "x", Prompt: "q", A: "r", B: "r"}}
	tests := []struct {
		name   string
		secret []byte
		r      Round
		cfg    AssignConfig
		want   error
		msg    string
	}{
		{"short secret", []byte("short"), Round{Pairs: p}, DefaultAssign(), ErrInvalidConfig, "secret of 5 bytes"},
		{"per pair 0", testSecret, Round{Pairs: p}, AssignConfig{PerPair: 0}, ErrInvalidConfig, "0 labelers a pair"},
		{"gold rate 1", testSecret, Round{Pairs: p}, AssignConfig{PerPair: 3, GoldRate: 1}, ErrInvalidConfig, "gold rate 1"},
		{"gold rate NaN", testSecret, Round{Pairs: p}, AssignConfig{PerPair: 3, GoldRate: math.NaN()}, ErrInvalidConfig, "gold rate NaN"},
		{"duplicate pair", testSecret, Round{Pairs: dup}, DefaultAssign(), ErrDuplicatePair, p[1].ID},
		{"gold is ordinary", testSecret, Round{Pairs: p, Gold: p[:1]}, DefaultAssign(), ErrDuplicatePair, "both an ordinary and a gold pair"},
		{"equal responses", testSecret, Round{Gold: same}, DefaultAssign(), ErrSelfComparison, `pair "x"`},
		{"empty id", testSecret, Round{Pairs: []Pair{{A: "a", B: "b"}}}, DefaultAssign(), ErrMalformed, "empty ID"},
		{"empty labeler", testSecret, Round{Labelers: []string{"a", ""}}, DefaultAssign(), ErrMalformed, "empty labeler"},
	}
	for _, tt := range tests {
		_, err := Assign(tt.secret, tt.r, tt.cfg)
		if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.msg) {
			t.Errorf("%s: got %v, want %v containing %q", tt.name, err, tt.want, tt.msg)
		}
	}
}

func TestTaskOrient(t *testing.T) {
	tests := []struct {
		swapped bool
		in, out Outcome
	}{
		{false, LeftWins, LeftWins}, {false, RightWins, RightWins}, {false, Tie, Tie},
		{true, LeftWins, RightWins}, {true, RightWins, LeftWins}, {true, Tie, Tie},
	}
	for _, tt := range tests {
		if got := (Task{Swapped: tt.swapped}).Orient(tt.in); got != tt.out {
			t.Errorf("swapped %v: Orient(%v) = %v, want %v", tt.swapped, tt.in, got, tt.out)
		}
	}
}

func TestPairID(t *testing.T) {
	id := PairID("q", "a", "b")
	if id != PairID("q", "b", "a") || len(id) != 64 {
		t.Errorf("PairID is not a 64-digit id independent of the responses' order: %s", id)
	}
	for _, other := range [][3]string{{"q", "a", "c"}, {"qa", "", "b"}, {"q", "ab", ""}, {"", "q", "ab"}} {
		if PairID(other[0], other[1], other[2]) == id {
			t.Errorf("PairID%v collides with PairID(q, a, b)", other)
		}
	}
}

// BenchmarkAssign assigns 10,000 pairs and 1,000 gold pairs to 1,000
// labelers.
func BenchmarkAssign(b *testing.B) {
	r := Round{Seed: []byte("block"), Labelers: names("l", 1000), Pairs: makePairs("p", 10_000), Gold: makePairs("g", 1000)}
	for b.Loop() {
		if _, err := Assign(testSecret, r, DefaultAssign()); err != nil {
			b.Fatal(err)
		}
	}
}
