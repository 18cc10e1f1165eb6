package validator

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/validator/ledger"
)

// prefSubnetID is the preference subnet of the labeling tests.
const prefSubnetID = 2

// labelingCluster is a 3-node cluster sharing a labeling secret and gold,
// with preference subnet 2 (the tests tick it themselves): its owner and
// ticker root (a genesis validator running no node) and its labelers
// (miners).
type labelingCluster struct {
	c        *testCluster
	root     *signer
	labelers []*signer
	gold     []rlhf.GoldPair
}

// testSecret is the labeling tests' shared secret.
var testSecret = []byte("labeling tests' cluster secret")

// goodBad is a comparison whose better response is known from its text:
// "good …" beats "bad …"; even i shows the good one first.
func goodBad(prefix string, i int) ledger.Comparison {
	c := ledger.Comparison{Prompt: fmt.Sprintf("%s question %d", prefix, i), A: fmt.Sprintf("good answer %d", i), B: fmt.Sprintf("bad answer %d", i)}
	if i%2 == 1 {
		c.A, c.B = c.B, c.A
	}
	return c
}

// truth is the honest choice about an item made by goodBad.
func truth(it Item) string {
	if strings.HasPrefix(it.A, "good") {
		return ledger.ChoiceA
	}
	return ledger.ChoiceB
}

// newLabelingCluster forms the cluster (tune, if not nil, adjusts each
// node's config) and creates the subnet with the given tempo and
// labelers, and golds gold comparisons.
func newLabelingCluster(t testing.TB, labelers, golds int, tempo uint16, tune func(*Config)) *labelingCluster {
	t.Helper()
	lc := &labelingCluster{c: newTestCluster(t, 3)}
	lc.root = lc.c.addGenesisValidators(1)[0]
	for i := range golds {
		c := goodBad("gold", i)
		choice := rlhf.LeftWins
		if i%2 == 1 {
			choice = rlhf.RightWins
		}
		lc.gold = append(lc.gold, rlhf.GoldPair{Pair: rlhf.Pair{ID: rlhf.PairID(c.Prompt, c.A, c.B), Prompt: c.Prompt, A: c.A, B: c.B}, Choice: choice})
	}
	lc.c.tune = func(cfg *Config) {
		cfg.Labeling = LabelingConfig{Secret: testSecret, Gold: map[uint16][]rlhf.GoldPair{prefSubnetID: lc.gold}}
		if tune != nil {
			tune(cfg)
		}
	}
	lc.c.form(3)
	n := lc.c.nodes[0]
	hp := ledger.DefaultHyperparams()
	hp.Tempo, hp.CommitRevealEnabled, hp.WeightsRateLimit, hp.MaxAllowedUIDs = tempo, false, 0, 1024
	mustApply(t, n, lc.root.next(t, ledger.TypeCreateSubnet, ledger.CreateSubnet{
		ID: prefSubnetID, Name: "prefs", Task: ledger.TaskPreference, ModelHash: strings.Repeat("cd", 32), Hyperparams: hp,
	}))
	for i := range labelers {
		s := newSigner(seededKey(t, fmt.Sprintf("labeler %d", i)))
		lc.labelers = append(lc.labelers, s)
		mustApply(t, n, s.next(t, ledger.TypeRegister, ledger.Register{Subnet: prefSubnetID, Role: ledger.RoleMiner}))
	}
	return lc
}

// nextRound ticks to the subnet's next epoch, which begins the next round.
func (lc *labelingCluster) nextRound(t testing.TB) {
	t.Helper()
	n := lc.c.entry()
	sn, _ := n.FSM().Subnet(prefSubnetID)
	if err := lc.root.tickTo(t, n, sn.NextEpochBlock); err != nil {
		t.Fatal(err)
	}
	lc.c.waitFor("every replica to begin the round", func() bool {
		for _, m := range lc.c.nodes {
			if m.FSM().Block() < sn.NextEpochBlock {
				return false
			}
		}
		return true
	})
}

// tickTo ticks (the signer must be a genesis validator) until block b.
func (s *signer) tickTo(t testing.TB, n *Node, b uint64) error {
	for blk := n.FSM().Block() + 1; blk <= b; blk++ {
		if err := submitUntilKnown(n, s.next(t, ledger.TypeTick, ledger.Tick{Block: blk})); err != nil {
			return err
		}
	}
	return nil
}

func (lc *labelingCluster) addComparisons(t testing.TB, prefix string, n int) {
	t.Helper()
	cs := make([]ledger.Comparison, n)
	for i := range cs {
		cs[i] = goodBad(prefix, i)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	added, dups, err := lc.c.client(1).AddComparisons(ctx, lc.root.key, prefSubnetID, cs)
	// The client signs with the ledger's nonce; keep the signer's in step.
	lc.root.nonce = lc.c.nodes[0].FSM().Nonce(lc.root.addr)
	if err != nil || added != n || dups != 0 {
		t.Fatalf("AddComparisons: %d added, %d duplicates, %v; want %d added", added, dups, err, n)
	}
}

func assignments(t testing.TB, c *Client, s *signer) *Assignments {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	a, err := c.Assignments(ctx, s.key, prefSubnetID)
	if err != nil {
		t.Fatalf("assignments of %s: %v", s.addr.Hex(), err)
	}
	return a
}

// TestLabelingThroughValidators: a labeler fetches its items from any
// validator (all compute the same assignment), files signed labels
// through any validator, and bad labels get a 4xx naming the problem and
// change nothing; the public views show no comparison.
func TestLabelingThroughValidators(t *testing.T) {
	lc := newLabelingCluster(t, 4, 6, 5, nil)
	lc.addComparisons(t, "round one", 12)
	lc.nextRound(t)
	ctx := context.Background()

	// Every validator serves the same items: 12 comparisons × 3 labelers
	// plus about 10% gold, spread over 4 labelers.
	total, gold := 0, 0
	byLabeler := make([]*Assignments, len(lc.labelers))
	for i, s := range lc.labelers {
		a := assignments(t, lc.c.client(0), s)
		for k := 1; k < 3; k++ {
			if b := assignments(t, lc.c.client(k), s); !slices.Equal(a.Items, b.Items) || a.Round != 1 {
				t.Fatalf("labeler %d: node %d serves other items than node 0 (round %d)", i, k, b.Round)
			}
		}
		byLabeler[i] = a
		total += len(a.Items)
		for _, it := range a.Items {
			if strings.HasPrefix(it.Prompt, "gold") {
				gold++
			}
			if len(it.ID) != 32 {
				t.Errorf("item id %q is not 32 hex digits", it.ID)
			}
		}
	}
	if total != 36+gold || gold == 0 {
		t.Fatalf("%d items of which %d gold; want 36 ordinary and some gold", total, gold)
	}

	// Labels through a follower; the leader checks them and logs them.
	me := lc.labelers[0]
	items := byLabeler[0].Items
	labels := func(its []Item) []ledger.Preference {
		out := make([]ledger.Preference, len(its))
		for i, it := range its {
			id, err := ledger.ParseItemID(it.ID)
			if err != nil {
				t.Fatal(err)
			}
			out[i] = ledger.Preference{Item: id, Choice: truth(it), Confidence: 90}
		}
		return out
	}
	follower := 1
	if lc.c.nodes[1].IsLeader() {
		follower = 2
	}
	half := len(items) / 2
	if n, err := lc.c.client(follower).SubmitPreferences(ctx, me.key, prefSubnetID, 1, labels(items[:half])); err != nil || n != half {
		t.Fatalf("SubmitPreferences: %d filed, %v", n, err)
	}
	me.nonce = lc.c.nodes[0].FSM().Nonce(me.addr)
	// The leader applied the labels before it answered; a follower may lag.
	a := assignments(t, NewClient(lc.c.entry().cfg.HTTPAddr, testChainID), me)
	if a.Answered != half {
		t.Errorf("after filing %d labels the assignment shows %d answered", half, a.Answered)
	}
	for i, it := range a.Items[:half] {
		if it.Answer != truth(items[i]) {
			t.Errorf("item %d shows answer %q, want %q", i, it.Answer, truth(items[i]))
		}
	}

	// Refusals at the edge: status and message, and nothing logged.
	other := byLabeler[1].Items[0]
	outsider := newSigner(seededKey(t, "outsider"))
	for _, c := range []struct {
		name   string
		s      *signer
		round  uint64
		labels []ledger.Preference
		status int
		msg    string
	}{
		{"answered before", me, 1, labels(items[:1]), http.StatusConflict, "answered item"},
		{"another labeler's item", me, 1, labels([]Item{other}), http.StatusForbidden, "not one of"},
		{"not a labeler", outsider, 1, labels(items[half : half+1]), http.StatusForbidden, "not a labeler"},
		{"wrong round", me, 2, labels(items[half : half+1]), http.StatusConflict, "the current round is 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			leader := lc.c.entry().FSM()
			nonce := leader.Nonce(c.s.addr)
			_, labels, _ := leader.RoundLabels(prefSubnetID, 1, 0)
			_, err := lc.c.client(follower).SubmitPreferences(ctx, c.s.key, prefSubnetID, c.round, c.labels)
			var ae *APIError
			if !errors.As(err, &ae) || ae.Status != c.status || !strings.Contains(ae.Message, c.msg) {
				t.Fatalf("got %v, want status %d and a message containing %q", err, c.status, c.msg)
			}
			_, after, _ := leader.RoundLabels(prefSubnetID, 1, 0)
			if n := leader.Nonce(c.s.addr); n != nonce || after != labels {
				t.Errorf("a refused label was logged (nonce %d → %d, labels %d → %d)", nonce, n, labels, after)
			}
		})
	}
	// A malformed label is a 400.
	bad := me.next(t, ledger.TypeSetWeights, ledger.SetWeights{Subnet: 1}) // for its form only
	bad = []byte(strings.Replace(string(bad), `"type":"set_weights"`, `"type":"submit_preferences"`, 1))
	if _, err := lc.c.client(0).SubmitEncoded(ctx, bad); err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("an envelope whose signature no longer covers its type: %v, want 401", err)
	}
	me.nonce--

	// Reads of assignments need a fresh signature of the labeler.
	get := func(h http.Header) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, "http://"+lc.c.nodes[2].cfg.HTTPAddr+"/v1/subnets/2/assignments", nil)
		req.Header = h
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	signed := func(s *signer, at time.Time) http.Header {
		r := NewLabelRequest(prefSubnetID, at)
		if err := r.Sign(s.key, testChainID); err != nil {
			t.Fatal(err)
		}
		h := http.Header{}
		r.SetHeaders(h)
		return h
	}
	forged := signed(me, time.Now())
	forged.Set(HeaderSigner, lc.labelers[1].addr.Hex())
	for name, c := range map[string]struct {
		h      http.Header
		status int
	}{
		"unsigned":   {http.Header{}, http.StatusUnauthorized},
		"stale":      {signed(me, time.Now().Add(-10*time.Minute)), http.StatusUnauthorized},
		"forged":     {forged, http.StatusUnauthorized},
		"outsider":   {signed(outsider, time.Now()), http.StatusForbidden},
		"the signer": {signed(me, time.Now()), http.StatusOK},
	} {
		if status, body := get(c.h); status != c.status {
			t.Errorf("%s: status %d (%s), want %d", name, status, body, c.status)
		}
	}

	// Nothing public shows a comparison, gold or not.
	for _, path := range []string{"/v1/subnets/2", "/v1/subnets", "/v1/subnets/2/epochs"} {
		resp, err := http.Get("http://" + lc.c.nodes[0].cfg.HTTPAddr + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), "answer") || strings.Contains(string(body), "question") {
			t.Errorf("GET %s shows comparison text: %s", path, body)
		}
	}
	lc.c.waitFor("the replicas to agree", func() bool {
		i0, h0 := lc.c.nodes[0].FSM().StateHash()
		for _, m := range lc.c.nodes[1:] {
			if i, h := m.FSM().StateHash(); i != i0 || h != h0 {
				return false
			}
		}
		return true
	})
}

// TestLabelGrading: labelers answer a round through the validators; when
// the next round begins, a validator's grades weigh the honest labelers
// and give nothing to a random clicker, an always-"A" labeler and two
// colluders who copy one random answer sheet.
func TestLabelGrading(t *testing.T) {
	lc := newLabelingCluster(t, 8, 40, 5, nil)
	lc.addComparisons(t, "graded", 200)
	lc.nextRound(t)
	ctx := context.Background()
	kinds := []string{"honest", "honest", "honest", "honest", "random", "always-A", "colluder", "colluder"}
	shared := map[string]string{} // the colluders' answer sheet, by prompt
	seed := uint64(0)
	coin := func() int { seed = seed*6364136223846793005 + 1442695040888963407; return int(seed >> 62) }
	for i, s := range lc.labelers {
		a := assignments(t, lc.c.client(i%3), s)
		var labels []ledger.Preference
		for _, it := range a.Items {
			id, _ := ledger.ParseItemID(it.ID)
			choice := truth(it)
			switch kinds[i] {
			case "honest":
				if coin() == 0 && coin() == 0 { // one in 16 wrong
					choice = map[string]string{ledger.ChoiceA: ledger.ChoiceB, ledger.ChoiceB: ledger.ChoiceA}[choice]
				}
			case "random":
				choice = []string{ledger.ChoiceA, ledger.ChoiceB, ledger.ChoiceTie, ledger.ChoiceA}[coin()]
			case "always-A":
				choice = ledger.ChoiceA
			case "colluder":
				// The colluders agree on a coin per comparison, whatever
				// order each of them sees the responses in.
				good := "A"
				if strings.HasPrefix(it.B, "good") {
					good = "B"
				}
				if _, ok := shared[it.Prompt]; !ok {
					shared[it.Prompt] = []string{"good", "bad", "good", "bad"}[coin()]
				}
				choice = good
				if shared[it.Prompt] == "bad" {
					choice = map[string]string{"A": "B", "B": "A"}[good]
				}
			}
			labels = append(labels, ledger.Preference{Item: id, Choice: choice})
		}
		if _, err := lc.c.client((i+1)%3).SubmitPreferences(ctx, s.key, prefSubnetID, 1, labels); err != nil {
			t.Fatalf("labeler %d (%s): %v", i, kinds[i], err)
		}
	}
	lc.nextRound(t)
	weights, err := lc.c.nodes[2].Grades(prefSubnetID, 1)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]uint64{}
	var all uint64
	for _, w := range weights {
		for i, s := range lc.labelers {
			if s.addr == w.Hotkey {
				got[kinds[i]] += uint64(w.Weight)
				all += uint64(w.Weight)
			}
		}
	}
	t.Logf("weights by kind: %v", got)
	if all == 0 || got["honest"]*100 < all*90 {
		t.Errorf("honest labelers hold %d of %d weight, want at least 90%%", got["honest"], all)
	}
}
