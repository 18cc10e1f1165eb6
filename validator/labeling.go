package validator

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/rlhf"
	"github.com/agora-net/agora/validator/ledger"
)

// LabelingConfig is what a validator needs to serve and grade preference
// subnets. Every validator of a cluster must hold the same: any of them
// serves a labeler's items and checks its labels, so they must all compute
// the same assignment.
type LabelingConfig struct {
	// Secret keys the assignment (rlhf.Assign): which comparisons go to
	// whom, which of them are gold, and the items' opaque ids. At least
	// rlhf.MinSecret bytes, shared by the cluster's validators and nobody
	// else. Empty: the node serves no assignments and accepts no labels
	// (its API answers 503), but still replicates them.
	Secret []byte
	// Gold are each preference subnet's gold comparisons (known answers),
	// mixed into the rounds at the subnet's gold rate. They never enter
	// the ledger.
	Gold map[uint16][]rlhf.GoldPair
	// GoldWindow is the most gold comparisons a labeler receives in one
	// round (0: DefaultGoldWindow). Each labeler walks through its own
	// keyed order of the gold set, GoldWindow comparisons a round, so that
	// no gold comparison reaches it twice while its run of rounds lasts
	// (see ledger.RoundLabeler.Since); once its walk has passed the whole
	// set it receives no more gold until the set grows.
	GoldWindow int
}

// DefaultGoldWindow is the GoldWindow of a LabelingConfig that gives none.
const DefaultGoldWindow = 16

// Validate checks the secret's length and the gold sets (no pair twice,
// two different responses).
func (c LabelingConfig) Validate() error {
	if len(c.Secret) > 0 && len(c.Secret) < rlhf.MinSecret {
		return fmt.Errorf("validator: config: labeling secret of %d bytes; want at least %d", len(c.Secret), rlhf.MinSecret)
	}
	if c.GoldWindow < 0 {
		return errors.New("validator: config: GoldWindow must not be negative")
	}
	for id, gold := range c.Gold {
		seen := map[string]bool{}
		for _, g := range gold {
			if g.ID == "" || g.A == g.B || seen[g.ID] {
				return fmt.Errorf("validator: config: gold of subnet %d: pair %q is empty, compares a response with itself or repeats", id, g.ID)
			}
			seen[g.ID] = true
		}
	}
	return nil
}

func (c LabelingConfig) goldWindow() int {
	if c.GoldWindow == 0 {
		return DefaultGoldWindow
	}
	return c.GoldWindow
}

// labelRounds keeps, per (subnet, round), the round's assignment and an
// index of its labels, for the rounds the ledger keeps.
type labelRounds struct {
	cfg    LabelingConfig
	mu     sync.Mutex
	rounds map[roundKey]*roundState
}

type roundKey struct {
	subnet uint16
	round  uint64
}

// roundState is one round's assignment and the labels filed so far,
// oriented to the pairs.
type roundState struct {
	view     ledger.RoundView
	plan     *rlhf.Plan
	gold     map[string]rlhf.Outcome // gold pair ID → known answer
	labelers map[common.Address]bool

	mu      sync.Mutex
	seen    int                                         // labels indexed
	answers map[common.Address]map[ledger.ItemID]string // choice as shown
	votes   map[string][]vote                           // pair ID → answers about it
	mine    map[common.Address][]string                 // labeler → pairs answered
}

// vote is one labeler's answer about a pair (oriented to the pair).
type vote struct {
	labeler common.Address
	outcome rlhf.Outcome
}

func newLabelRounds(cfg LabelingConfig) *labelRounds {
	return &labelRounds{cfg: cfg, rounds: map[roundKey]*roundState{}}
}

// labelRound returns round r of subnet id (r = 0: the current one) with its
// assignment, computing it once; rounds the ledger no longer keeps are
// forgotten.
func (n *Node) labelRound(id uint16, r uint64) (*roundState, error) {
	lr := n.labels
	if len(lr.cfg.Secret) == 0 {
		return nil, ErrLabelingOff
	}
	cur, err := n.fsm.CurrentRound(id)
	if err != nil {
		return nil, err
	}
	if r == 0 {
		r = cur
	}
	lr.mu.Lock()
	defer lr.mu.Unlock()
	for k := range lr.rounds {
		if k.subnet == id && k.round+ledger.LabelRounds <= cur {
			delete(lr.rounds, k)
		}
	}
	k := roundKey{id, r}
	if rs, ok := lr.rounds[k]; ok {
		return rs, nil
	}
	view, err := n.fsm.Round(id, r)
	if err != nil {
		return nil, err
	}
	sn, _ := n.fsm.Subnet(id)
	rs, err := newRoundState(lr.cfg, view, sn.Scoring)
	if err != nil {
		return nil, err
	}
	lr.rounds[k] = rs
	return rs, nil
}

// newRoundState computes a round's assignment: rlhf.Assign keyed by the
// secret, seeded with the subnet and round, over the round's labelers
// (hotkeys, EIP-55) and comparisons and the subnet's gold, with
// labelers_per_comparison labelers per comparison and the gold rate of
// gold_rate_permille. Each labeler may receive only the gold comparisons
// of its window for the round (see LabelingConfig.GoldWindow).
func newRoundState(cfg LabelingConfig, view ledger.RoundView, sc ledger.Scoring) (*roundState, error) {
	rs := &roundState{
		view: view, gold: map[string]rlhf.Outcome{}, labelers: map[common.Address]bool{},
		answers: map[common.Address]map[ledger.ItemID]string{}, votes: map[string][]vote{}, mine: map[common.Address][]string{},
	}
	gold := cfg.Gold[view.Subnet]
	round := rlhf.Round{Seed: fmt.Appendf(nil, "agora/label/%d/%d", view.Subnet, view.Round), History: map[string][]string{}}
	for _, g := range gold {
		rs.gold[g.ID] = g.Choice
		round.Gold = append(round.Gold, g.Pair)
	}
	for _, c := range view.Comparisons {
		if _, isGold := rs.gold[c.ID]; isGold {
			continue // the gold copy stands for it
		}
		round.Pairs = append(round.Pairs, rlhf.Pair{ID: c.ID, Prompt: c.Prompt, A: c.A, B: c.B})
	}
	window := cfg.goldWindow()
	for _, l := range view.Labelers {
		rs.labelers[l.Hotkey] = true
		name := l.Hotkey.Hex()
		round.Labelers = append(round.Labelers, name)
		if len(gold) == 0 {
			continue
		}
		// Mask every gold pair outside this round's window of the
		// labeler's keyed order as if it had been seen.
		order := goldOrder(cfg.Secret, view.Subnet, name, gold)
		lo := min(uint64(len(order)), (view.Round-l.Since)*uint64(window))
		hi := min(uint64(len(order)), lo+uint64(window))
		masked := make([]string, 0, len(order)-int(hi-lo))
		masked = append(masked, order[:lo]...)
		round.History[name] = append(masked, order[hi:]...)
	}
	rate := float64(sc.GoldRatePermille) / 1000
	perPair := int(sc.LabelersPerComparison)
	if perPair < 1 {
		perPair = 1
	}
	plan, err := rlhf.Assign(cfg.Secret, round, rlhf.AssignConfig{PerPair: perPair, GoldRate: min(rate, 0.999)})
	if err != nil {
		return nil, fmt.Errorf("validator: assignment of subnet %d round %d: %w", view.Subnet, view.Round, err)
	}
	rs.plan = plan
	return rs, nil
}

// goldOrder returns the gold pairs' IDs in the labeler's keyed order:
// by HMAC-SHA256(secret, subnet ‖ labeler ‖ pair ID), so that nobody
// without the secret can tell which gold a labeler is due.
func goldOrder(secret []byte, subnet uint16, labeler string, gold []rlhf.GoldPair) []string {
	type keyed struct {
		id  string
		key uint64
	}
	ks := make([]keyed, len(gold))
	for i, g := range gold {
		mac := hmac.New(sha256.New, secret)
		fmt.Fprintf(mac, "agora/label/gold-order/%d/%d:%s/%d:%s", subnet, len(labeler), labeler, len(g.ID), g.ID)
		ks[i] = keyed{g.ID, binary.BigEndian.Uint64(mac.Sum(nil))}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.id, b.id)) })
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.id
	}
	return out
}

// catchUp indexes the round's labels filed since the last call.
func (rs *roundState) catchUp(f *ledger.FSM) error {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	labels, _, err := f.RoundLabels(rs.view.Subnet, rs.view.Round, rs.seen)
	if err != nil {
		return err
	}
	for _, l := range labels {
		rs.seen++
		t, ok := rs.plan.Task(l.Labeler.Hex(), l.Item.String())
		if !ok {
			continue // not assigned: no validator let it in
		}
		if rs.answers[l.Labeler] == nil {
			rs.answers[l.Labeler] = map[ledger.ItemID]string{}
		}
		rs.answers[l.Labeler][l.Item] = l.Choice
		rs.votes[t.Pair] = append(rs.votes[t.Pair], vote{l.Labeler, t.Orient(outcomeOf(l.Choice))})
		rs.mine[l.Labeler] = append(rs.mine[l.Labeler], t.Pair)
	}
	return nil
}

// outcomeOf maps a label's choice to an outcome about the item as shown.
func outcomeOf(choice string) rlhf.Outcome {
	switch choice {
	case ledger.ChoiceA:
		return rlhf.LeftWins
	case ledger.ChoiceB:
		return rlhf.RightWins
	}
	return rlhf.Tie
}

// Agreement is a labeler's running agreement with the other labelers: over
// the comparisons it answered in the kept rounds, how many answers of
// others it was compared with and how many of those matched its own. It
// says nothing about gold: gold comparisons go to several labelers like
// the others.
type Agreement struct {
	Agreed   int `json:"agreed"`
	Compared int `json:"compared"`
}

// agreement adds labeler's agreement in the round to a.
func (rs *roundState) agreement(labeler common.Address, a *Agreement) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	for _, p := range rs.mine[labeler] {
		var own rlhf.Outcome
		votes := rs.votes[p]
		for _, v := range votes {
			if v.labeler == labeler {
				own = v.outcome
			}
		}
		for _, v := range votes {
			if v.labeler != labeler {
				a.Compared++
				if v.outcome == own {
					a.Agreed++
				}
			}
		}
	}
}

// gradingInput returns the round's labels as answers about the pairs, for
// rlhf.GradeLabelers, with the gold of the round's subnet.
func (rs *roundState) gradingInput() ([]rlhf.Answer, map[string]rlhf.Label) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	var answers []rlhf.Answer
	for p, votes := range rs.votes {
		for _, v := range votes {
			answers = append(answers, rlhf.Answer{Worker: v.labeler.Hex(), Task: p, Label: rlhf.PreferenceLabel(v.outcome)})
		}
	}
	gold := make(map[string]rlhf.Label, len(rs.gold))
	for id, c := range rs.gold {
		gold[id] = rlhf.PreferenceLabel(c)
	}
	return answers, gold
}

// Item is one comparison a labeler is to answer, as the API serves it: an
// opaque id, the prompt and the two responses, and the labeler's answer
// if it gave one ("A", "B" or "tie"; "" otherwise).
type Item struct {
	ID     string `json:"id"`
	Prompt string `json:"prompt"`
	A      string `json:"a"`
	B      string `json:"b"`
	Answer string `json:"answer,omitempty"`
}

// Assignments is the body of GET /v1/subnets/:id/assignments: the
// labeler's items of the current round, in the order to show them, how
// many it answered, and its running agreement with the others (over the
// current and the previous round).
type Assignments struct {
	Subnet   uint16 `json:"subnet"`
	Labeler  string `json:"labeler"`
	Round    uint64 `json:"round"`
	Block    uint64 `json:"round_block"`
	Items    []Item `json:"items"`
	Answered int    `json:"answered"`
	// NextRoundBlock is the block whose tick begins the next round.
	NextRoundBlock uint64    `json:"next_round_block"`
	Agreement      Agreement `json:"agreement"`
}

// Assignments returns the labeler's items of the current round of
// preference subnet id. Errors: ErrLabelingOff; ledger.ErrUnknownSubnet,
// ledger.ErrNotPreferenceSubnet, ledger.ErrNoRound (no round yet);
// ledger.ErrNotLabeler (the labeler is not one of the round's).
func (n *Node) Assignments(id uint16, labeler common.Address) (*Assignments, error) {
	rs, err := n.labelRound(id, 0)
	if err != nil {
		return nil, err
	}
	if !rs.labelers[labeler] {
		return nil, fmt.Errorf("%w: %s is not a labeler of round %d of subnet %d (labelers are the subnet's miners when a round begins)",
			ledger.ErrNotLabeler, labeler.Hex(), rs.view.Round, id)
	}
	if err := rs.catchUp(n.fsm); err != nil {
		return nil, err
	}
	sn, _ := n.fsm.Subnet(id)
	out := &Assignments{Subnet: id, Labeler: labeler.Hex(), Round: rs.view.Round, Block: rs.view.Block, Items: []Item{},
		NextRoundBlock: sn.NextEpochBlock}
	rs.mu.Lock()
	mine := rs.answers[labeler]
	for _, it := range rs.plan.Items(labeler.Hex()) {
		item := Item{ID: it.ID, Prompt: it.Prompt, A: it.A, B: it.B}
		if id, err := ledger.ParseItemID(it.ID); err == nil {
			if c, ok := mine[id]; ok {
				item.Answer = c
				out.Answered++
			}
		}
		out.Items = append(out.Items, item)
	}
	rs.mu.Unlock()
	rs.agreement(labeler, &out.Agreement)
	if rs.view.Round > 1 {
		if prev, err := n.labelRound(id, rs.view.Round-1); err == nil && prev.catchUp(n.fsm) == nil {
			prev.agreement(labeler, &out.Agreement)
		}
	}
	return out, nil
}

// checkPreferences is the edge check of a submit_preferences envelope,
// made where it enters the cluster, before it costs a log entry: the
// subnet is a preference subnet, the round is its current one, the signer
// is one of the round's labelers, every item was assigned to the signer
// (which only a validator, holding the labeling secret, can tell), and
// none was answered before. The ledger checks all of it again but the
// assignment when it applies the command.
func (n *Node) checkPreferences(env *ledger.Envelope) error {
	p, err := ledger.DecodeSubmitPreferences(env.Payload)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedCommand, err)
	}
	rs, err := n.labelRound(p.Subnet, 0)
	if err != nil {
		return err
	}
	if p.Round != rs.view.Round {
		return fmt.Errorf("%w: labels for round %d of subnet %d, the current round is %d; fetch its items", ledger.ErrWrongRound, p.Round, p.Subnet, rs.view.Round)
	}
	if !rs.labelers[env.Signer] {
		return fmt.Errorf("%w: %s is not a labeler of round %d of subnet %d", ledger.ErrNotLabeler, env.Signer.Hex(), rs.view.Round, p.Subnet)
	}
	name := env.Signer.Hex()
	items := make([]ledger.ItemID, len(p.Labels))
	for i, l := range p.Labels {
		if _, ok := rs.plan.Task(name, l.Item.String()); !ok {
			return fmt.Errorf("%w: item %s of labels[%d] is not one of %s's in round %d", ErrNotAssigned, l.Item, i, name, rs.view.Round)
		}
		items[i] = l.Item
	}
	for i, done := range n.fsm.Answered(p.Subnet, p.Round, env.Signer, items) {
		if done {
			return fmt.Errorf("%w: %s answered item %s (labels[%d]) before", ledger.ErrDuplicateLabel, name, items[i], i)
		}
	}
	return nil
}
