package ledger

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/hashicorp/raft"

	"github.com/agora-net/agora/rlhf"
)

// prefSubnet creates preference subnet 2 (owner key 10, tempo 10), registers
// the genesis validators 1 and 2 as validators and keys 20..20+miners-1 as
// miners (labelers), and ticks to block 1.
func prefSubnet(h *harness, miners int) {
	h.tb.Helper()
	h.ok(testKey(h.tb, 10), TypeCreateSubnet, CreateSubnet{ID: 2, Name: "prefs", Task: TaskPreference, ModelHash: testModelHash, Hyperparams: testHyperparams()})
	for _, k := range []int{1, 2} {
		h.ok(testKey(h.tb, k), TypeRegister, Register{Subnet: 2, Role: RoleValidator})
	}
	for k := 20; k < 20+miners; k++ {
		h.ok(testKey(h.tb, k), TypeRegister, Register{Subnet: 2, Role: RoleMiner})
	}
	h.tickTo(1)
}

// refused sends a command of key n that the ledger must reject with want
// and that must change nothing but the nonce.
func (h *harness) refused(t *testing.T, n int, typ string, payload any, want error) {
	t.Helper()
	_, before := stateContent(t, h.f)
	res := h.send(testKey(t, n), typ, payload)
	if !errors.Is(res.Cause(), want) {
		t.Fatalf("got %v, want %v", res.Cause(), want)
	}
	if _, after := stateContent(t, h.f); after != before {
		t.Errorf("a rejected %s changed the state", typ)
	}
}

func comparisons(from, n int) []Comparison {
	out := make([]Comparison, n)
	for i := range out {
		out[i] = Comparison{Prompt: fmt.Sprint("prompt ", from+i), A: fmt.Sprint("first answer ", from+i), B: fmt.Sprint("second answer ", from+i)}
	}
	return out
}

func TestAddComparisons(t *testing.T) {
	g := testGenesis(t)
	h := newHarness(t, g)
	prefSubnet(h, 3)
	standardSubnet(h, testHyperparams()) // subnet 1, inference

	res := h.ok(testKey(t, 10), TypeAddComparisons, AddComparisons{Subnet: 2, Comparisons: comparisons(0, 3)})
	if got := res.Value.(AddComparisonsResult); got != (AddComparisonsResult{Subnet: 2, Added: 3, Pending: 3}) {
		t.Errorf("owner's add = %+v, want 3 added", got)
	}
	// A genesis validator may add too; comparisons already pending, in
	// either order of the responses, are skipped.
	swapped := comparisons(1, 1)
	swapped[0].A, swapped[0].B = swapped[0].B, swapped[0].A
	res = h.ok(testKey(t, 1), TypeAddComparisons, AddComparisons{Subnet: 2, Comparisons: append(comparisons(2, 3), swapped...)})
	if got := res.Value.(AddComparisonsResult); got != (AddComparisonsResult{Subnet: 2, Added: 2, Duplicates: 2, Pending: 5}) {
		t.Errorf("validator's add = %+v, want 2 added, 2 duplicates", got)
	}
	for name, c := range map[string]struct {
		key  int
		p    AddComparisons
		want error
	}{
		"outsider":          {30, AddComparisons{Subnet: 2, Comparisons: comparisons(9, 1)}, ErrUnauthorized},
		"inference subnet":  {10, AddComparisons{Subnet: 1, Comparisons: comparisons(9, 1)}, ErrNotPreferenceSubnet},
		"unknown subnet":    {10, AddComparisons{Subnet: 7, Comparisons: comparisons(9, 1)}, ErrUnknownSubnet},
		"equal responses":   {10, AddComparisons{Subnet: 2, Comparisons: []Comparison{{"p", "x", "x"}}}, ErrInvalidPayload},
		"none":              {10, AddComparisons{Subnet: 2}, ErrInvalidPayload},
		"text too long":     {10, AddComparisons{Subnet: 2, Comparisons: []Comparison{{strings.Repeat("p", MaxComparisonText+1), "x", "y"}}}, ErrInvalidPayload},
		"pending from mine": {20, AddComparisons{Subnet: 2, Comparisons: comparisons(9, 1)}, ErrUnauthorized},
	} {
		t.Run(name, func(t *testing.T) { h.refused(t, c.key, TypeAddComparisons, c.p, c.want) })
	}
	// The pool is bounded: fill it in payload-sized parts until it refuses.
	big := strings.Repeat("x", MaxComparisonText-64)
	added := 5
	for i := 0; ; i++ {
		cs := []Comparison{{fmt.Sprint(i), big, "a"}, {fmt.Sprint(i), big, "b"}, {fmt.Sprint(i), big, "c"}}
		res := h.send(testKey(t, 10), TypeAddComparisons, AddComparisons{Subnet: 2, Comparisons: cs})
		if res.Err != "" {
			if !errors.Is(res.Cause(), ErrPoolFull) || (added+3)*len(big) <= MaxPendingBytes {
				t.Fatalf("add of %d to %d pending: %v, want ErrPoolFull only past MaxPendingBytes", len(cs), added, res.Cause())
			}
			break
		}
		added += 3
	}
	if v, _ := h.f.Subnet(2); v.Labeling == nil || v.Labeling.Pending != added || v.Labeling.Round != 0 {
		t.Errorf("labeling view %+v, want %d pending, no round", v.Labeling, added)
	}
	if v, _ := h.f.Subnet(1); v.Labeling != nil {
		t.Errorf("an inference subnet shows labeling %+v", v.Labeling)
	}
	checkRestorable(t, g, h.f)
}

// items returns n distinct item ids.
func items(n int, salt byte) []ItemID {
	out := make([]ItemID, n)
	for i := range out {
		out[i] = ItemID{salt, byte(i), byte(i >> 8)}
	}
	return out
}

func labels(ids []ItemID, choice string) []Preference {
	out := make([]Preference, len(ids))
	for i, id := range ids {
		out[i] = Preference{Item: id, Choice: choice}
	}
	return out
}

func TestLabelingRounds(t *testing.T) {
	g := testGenesis(t)
	h := newHarness(t, g)
	prefSubnet(h, 3)
	h.ok(testKey(t, 10), TypeAddComparisons, AddComparisons{Subnet: 2, Comparisons: comparisons(0, 4)})
	if _, err := h.f.Round(2, 0); !errors.Is(err, ErrNoRound) {
		t.Fatalf("Round before the first epoch: %v, want ErrNoRound", err)
	}
	// Before the first round there is nothing to label.
	if res := h.send(testKey(t, 20), TypeSubmitPreferences, SubmitPreferences{Subnet: 2, Round: 0, Labels: labels(items(1, 0), ChoiceA)}); !errors.Is(res.Cause(), ErrWrongRound) {
		t.Errorf("labels before the first round: %v, want ErrWrongRound", res.Cause())
	}
	h.tickTo(10) // the first epoch: round 1 begins with the pool
	r1, err := h.f.Round(2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Round != 1 || r1.Block != 10 || len(r1.Comparisons) != 4 || len(r1.Labelers) != 3 {
		t.Fatalf("round 1 = %+v, want round 1 at block 10 with 4 comparisons and 3 labelers", r1)
	}
	for i, c := range r1.Comparisons {
		if c.ID != rlhf.PairID(c.Prompt, c.A, c.B) || i > 0 && r1.Comparisons[i-1].ID >= c.ID {
			t.Errorf("comparison %d: id %s not its content's or unsorted", i, c.ID)
		}
	}
	for _, l := range r1.Labelers {
		if l.Since != 1 {
			t.Errorf("labeler %s since %d, want 1", l.Hotkey.Hex(), l.Since)
		}
	}
	if v, _ := h.f.Subnet(2); v.Labeling.Pending != 0 || v.Labeling.Comparisons != 4 {
		t.Errorf("after round 1 began: %+v, want the pool moved into the round", v.Labeling)
	}
	// Comparisons of the current round are not added again.
	if res := h.ok(testKey(t, 10), TypeAddComparisons, AddComparisons{Subnet: 2, Comparisons: comparisons(3, 2)}); res.Value.(AddComparisonsResult).Added != 1 {
		t.Errorf("re-adding a round's comparison: %+v, want 1 added", res.Value)
	}

	first := items(4, 1)
	h.ok(testKey(t, 20), TypeSubmitPreferences, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[:2], ChoiceA)})
	for name, c := range map[string]struct {
		key  int
		p    SubmitPreferences
		want error
	}{
		"answered before":     {20, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[1:3], ChoiceB)}, ErrDuplicateLabel},
		"twice in one":        {21, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels([]ItemID{first[0], first[0]}, ChoiceB)}, ErrInvalidPayload},
		"not a labeler":       {1, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[:1], ChoiceB)}, ErrNotLabeler},
		"outsider":            {30, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[:1], ChoiceB)}, ErrNotLabeler},
		"another round":       {21, SubmitPreferences{Subnet: 2, Round: 2, Labels: labels(first[:1], ChoiceB)}, ErrWrongRound},
		"bad choice":          {21, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[:1], "a")}, ErrInvalidPayload},
		"confidence over 100": {21, SubmitPreferences{Subnet: 2, Round: 1, Labels: []Preference{{Item: first[0], Choice: ChoiceA, Confidence: 101}}}, ErrInvalidPayload},
		"no labels":           {21, SubmitPreferences{Subnet: 2, Round: 1}, ErrInvalidPayload},
		"too many":            {21, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(items(MaxLabelsPerCommand+1, 2), ChoiceA)}, ErrInvalidPayload},
		"inference subnet":    {21, SubmitPreferences{Subnet: 1, Round: 1, Labels: labels(first[:1], ChoiceA)}, ErrUnknownSubnet},
	} {
		t.Run(name, func(t *testing.T) { h.refused(t, c.key, TypeSubmitPreferences, c.p, c.want) })
	}
	// Another labeler may answer the same item ids; a confidence is kept.
	h.ok(testKey(t, 21), TypeSubmitPreferences, SubmitPreferences{Subnet: 2, Round: 1, Labels: []Preference{{Item: first[0], Choice: ChoiceTie, Confidence: 70}}})
	got, n, err := h.f.RoundLabels(2, 1, 1)
	if err != nil || n != 3 || len(got) != 2 || got[1] != (Label{Labeler: addrOf(testKey(t, 21)), Item: first[0], Choice: ChoiceTie, Confidence: 70}) {
		t.Fatalf("RoundLabels(2, 1, 1) = %+v, %d, %v", got, n, err)
	}
	if a := h.f.Answered(2, 1, addrOf(testKey(t, 20)), first); a[0] != true || a[1] != true || a[2] != false {
		t.Errorf("Answered = %v, want [true true false false]", a)
	}

	// A snapshot keeps the labels and their index: a duplicate is still
	// refused after a restore.
	checkRestorable(t, g, h.f)
	r := NewFSM(g)
	if err := r.Restore(io.NopCloser(bytes.NewReader(snapshotBytes(t, h.f)))); err != nil {
		t.Fatal(err)
	}
	dup := h.signed(testKey(t, 20), TypeSubmitPreferences, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[:1], ChoiceB)}, 0)
	if res := r.Apply(&raft.Log{Index: h.index + 1, Type: raft.LogCommand, Data: dup}).(*Result); !errors.Is(res.Cause(), ErrDuplicateLabel) {
		t.Errorf("duplicate after restore: %v, want ErrDuplicateLabel", res.Cause())
	}

	// Round 2: a new miner joins as labeler 23 (since 2); the others keep
	// their since.
	h.ok(testKey(t, 23), TypeRegister, Register{Subnet: 2, Role: RoleMiner})
	h.tickTo(20)
	r2, _ := h.f.Round(2, 0)
	if r2.Round != 2 || len(r2.Comparisons) != 1 || len(r2.Labelers) != 4 {
		t.Fatalf("round 2 = %+v, want 1 comparison and 4 labelers", r2)
	}
	for _, l := range r2.Labelers {
		want := uint64(1)
		if l.Hotkey == addrOf(testKey(t, 23)) {
			want = 2
		}
		if l.Since != want {
			t.Errorf("round 2 labeler %s since %d, want %d", l.Hotkey.Hex(), l.Since, want)
		}
	}
	if res := h.send(testKey(t, 20), TypeSubmitPreferences, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(first[2:3], ChoiceB)}); !errors.Is(res.Cause(), ErrWrongRound) {
		t.Errorf("labels for the finished round: %v, want ErrWrongRound", res.Cause())
	}
	if _, n, err := h.f.RoundLabels(2, 1, 0); err != nil || n != 3 {
		t.Errorf("round 1 kept for grading: %d labels, %v", n, err)
	}
	// Round 3 drops round 1: the state keeps LabelRounds rounds.
	h.tickTo(30)
	if _, _, err := h.f.RoundLabels(2, 1, 0); !errors.Is(err, ErrNoRound) {
		t.Errorf("round 1 after round 3 began: %v, want ErrNoRound", err)
	}
	if _, err := h.f.Round(2, 2); err != nil {
		t.Errorf("round 2 after round 3 began: %v", err)
	}
	checkRestorable(t, g, h.f)
	replica := h.replay(g)
	i1, h1 := h.f.StateHash()
	if i2, h2 := replica.StateHash(); i1 != i2 || h1 != h2 {
		t.Error("a replica of the same log differs")
	}
}

// A snapshot with a broken labeling state is refused.
func TestLabelingSnapshotChecks(t *testing.T) {
	g := testGenesis(t)
	h := newHarness(t, g)
	prefSubnet(h, 2)
	h.ok(testKey(t, 10), TypeAddComparisons, AddComparisons{Subnet: 2, Comparisons: comparisons(0, 2)})
	h.tickTo(10)
	h.ok(testKey(t, 20), TypeSubmitPreferences, SubmitPreferences{Subnet: 2, Round: 1, Labels: labels(items(2, 0), ChoiceA)})
	data := snapshotBytes(t, h.f)
	labeler := strings.ToLower(addrOf(testKey(t, 20)).Hex())
	outsider := strings.ToLower(addrOf(testKey(t, 30)).Hex())
	for name, b := range map[string][]byte{
		"bad choice":      bytes.Replace(data, []byte(`"choice":"A"`), []byte(`"choice":"C"`), 1),
		"outsider":        bytes.Replace(data, []byte(`"labeler":"`+labeler), []byte(`"labeler":"`+outsider), 1),
		"duplicate label": bytes.Replace(data, []byte(`"item":"000100`), []byte(`"item":"000000`), 1),
		"content changed": bytes.Replace(data, []byte(`"prompt":"prompt 0"`), []byte(`"prompt":"prompt 9"`), 1),
		"future round":    bytes.Replace(data, []byte(`"rounds":[{"round":1`), []byte(`"rounds":[{"round":7`), 1),
	} {
		if bytes.Equal(b, data) {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := NewFSM(g).Restore(io.NopCloser(bytes.NewReader(b))); !errors.Is(err, ErrInvalidSnapshot) {
			t.Errorf("%s: Restore = %v, want ErrInvalidSnapshot", name, err)
		}
	}
}
