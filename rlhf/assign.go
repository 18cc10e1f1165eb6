package rlhf

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Pair is a comparison to label: a prompt and two responses to it, from
// miners' outputs or imported. ID names it on the validator's side and is
// never shown to a labeler; PairID derives one from the content.
type Pair struct {
	ID     string
	Prompt string
	A, B   string
}

// PairID returns a content identity for a comparison: the hex SHA-256 of
// the prompt and the two responses, the responses in byte order, so that
// (prompt, a, b) and (prompt, b, a) are one comparison. Using it as Pair.ID
// makes Assign's never-twice rule hold for the content, whatever the source
// of the pair.
func PairID(prompt, a, b string) string {
	if b < a {
		a, b = b, a
	}
	h := sha256.New()
	for _, s := range []string{"agora/rlhf/pair/v1", prompt, a, b} {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Item is what a labeler receives: an opaque id, the prompt and two
// responses. Gold and ordinary items have the same shape and the same kind
// of id, and the responses may be shown in either order (see Task).
type Item struct {
	ID     string `json:"id"`
	Prompt string `json:"prompt"`
	A      string `json:"a"`
	B      string `json:"b"`
}

// Task is one Item sent to one labeler, with what only the validator knows
// about it: the pair it shows, whether that pair is gold, and whether the
// responses are shown swapped (Item.A is the pair's B).
type Task struct {
	Labeler string
	Item    Item
	Pair    string // the pair's ID
	Gold    bool
	Swapped bool
}

// Orient turns a labeler's answer about t.Item into an answer about the
// pair: with the responses shown swapped, "A is better" means the pair's B.
// LeftWins stands for A, RightWins for B.
func (t Task) Orient(o Outcome) Outcome {
	if !t.Swapped {
		return o
	}
	switch o {
	case LeftWins:
		return RightWins
	case RightWins:
		return LeftWins
	}
	return o
}

// Round is the input of one assignment.
type Round struct {
	// Seed is the round's randomness, for example the epoch's block hash.
	// Assign reads no clock and no global random source.
	Seed []byte
	// Labelers are the labelers to assign to (registered neurons' hotkey
	// addresses or UIDs); duplicates count once.
	Labelers []string
	// Pairs are the comparisons to label.
	Pairs []Pair
	// Gold are the comparisons whose answer the validator knows; their IDs
	// differ from the Pairs'.
	Gold []Pair
	// History lists, for each labeler, the IDs of the pairs (ordinary or
	// gold) sent to them in earlier rounds; none of them is sent again.
	History map[string][]string
}

// AssignConfig tunes Assign.
type AssignConfig struct {
	// PerPair is the number of distinct labelers each pair goes to.
	PerPair int
	// GoldRate is the expected share of gold items among the items a
	// labeler receives, in [0, 1).
	GoldRate float64
}

// DefaultAssign sends each pair to 3 labelers and makes about 10% of each
// labeler's items gold.
func DefaultAssign() AssignConfig { return AssignConfig{PerPair: 3, GoldRate: 0.1} }

// Validate reports a PerPair below 1 or a GoldRate outside [0, 1).
func (c AssignConfig) Validate() error {
	if c.PerPair < 1 {
		return fmt.Errorf("%w: %d labelers a pair; want at least 1", ErrInvalidConfig, c.PerPair)
	}
	if !(c.GoldRate >= 0 && c.GoldRate < 1) {
		return fmt.Errorf("%w: gold rate %v is not in [0, 1)", ErrInvalidConfig, c.GoldRate)
	}
	return nil
}

// MinSecret is the shortest secret Assign accepts, in bytes.
const MinSecret = 16

// Shortfall is an ordinary pair that went to fewer labelers than PerPair,
// because fewer had not seen it yet.
type Shortfall struct {
	Pair     string
	Labelers int
}

// Plan is the result of Assign.
type Plan struct {
	// Tasks are sorted by labeler, then by item ID, which is a keyed hash:
	// gold items are spread among the others, not appended.
	Tasks []Task
	// Short lists the ordinary pairs that went to fewer than PerPair
	// labelers, sorted by pair ID.
	Short []Shortfall
}

// Items returns what the labeler receives, in the plan's order.
func (p *Plan) Items(labeler string) []Item {
	lo, _ := slices.BinarySearchFunc(p.Tasks, labeler, func(t Task, l string) int { return strings.Compare(t.Labeler, l) })
	var out []Item
	for _, t := range p.Tasks[lo:] {
		if t.Labeler != labeler {
			break
		}
		out = append(out, t.Item)
	}
	return out
}

// Task returns the task behind the labeler's item id, to orient and file
// the labeler's answer; false if the plan did not send that item to that
// labeler.
func (p *Plan) Task(labeler, itemID string) (Task, bool) {
	i, ok := slices.BinarySearchFunc(p.Tasks, [2]string{labeler, itemID}, func(t Task, k [2]string) int {
		return cmp.Or(strings.Compare(t.Labeler, k[0]), strings.Compare(t.Item.ID, k[1]))
	})
	if !ok {
		return Task{}, false
	}
	return p.Tasks[i], true
}

// Assign sends comparisons to labelers. It is a pure function of its
// inputs: the same secret, round and config give the same plan, and the
// order of Labelers, Pairs, Gold and of each History list does not matter.
//
// Rules:
//
//   - Each pair goes to PerPair distinct labelers, chosen among those whose
//     History does not hold it; a pair with fewer such labelers goes to all
//     of them and is listed in Plan.Short.
//   - Load: pairs are taken in a keyed pseudo-random order, and each goes to
//     the labelers with the fewest ordinary items so far (ties broken by a
//     keyed hash of the labeler and the pair), so without history the
//     labelers' ordinary loads differ by at most 1.
//   - Gold: a labeler with r ordinary items gets
//     g = ⌊r·GoldRate/(1−GoldRate) + u⌋ gold items, u ∈ [0, 1) a keyed hash
//     of the labeler, so gold is GoldRate of their items in expectation;
//     fewer if they have seen nearly all gold. Labelers pick in a keyed order, each taking the gold
//     pairs used least so far in the round (ties by keyed hash), so gold is
//     spread over the gold set.
//   - No labeler receives a pair twice: not within the round, and not one in
//     their History.
//   - Indistinguishable gold: an item's ID is the first 128 bits of
//     HMAC-SHA256 keyed by the round key over (labeler, pair ID), in hex;
//     it changes with the labeler and the round and reveals neither the pair
//     nor whether it is gold. One more bit of the same hash decides whether
//     the responses are shown swapped, so a labeler who always answers "A"
//     agrees with the truth about half of the time, gold included.
//
// The round key is HMAC-SHA256(secret, Seed). Every choice above is keyed
// by it, so a labeler who knows the algorithm, the seed and the ordinary
// pairs still cannot recompute the plan and find the gold by elimination;
// the secret (at least MinSecret bytes) must stay with the validator.
//
// Errors: ErrInvalidConfig for a bad config or a short secret; ErrMalformed
// for an empty labeler or pair ID; ErrSelfComparison for a pair whose two
// responses are equal; ErrDuplicatePair for two pairs (ordinary or gold)
// with one ID.
func Assign(secret []byte, r Round, cfg AssignConfig) (*Plan, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if len(secret) < MinSecret {
		return nil, fmt.Errorf("%w: secret of %d bytes; want at least %d", ErrInvalidConfig, len(secret), MinSecret)
	}
	labelers := slices.Clone(r.Labelers)
	slices.Sort(labelers)
	labelers = slices.Compact(labelers)
	if len(labelers) > 0 && labelers[0] == "" {
		return nil, fmt.Errorf("%w: empty labeler name", ErrMalformed)
	}
	pairs, gold, err := sortedPairs(r.Pairs, r.Gold)
	if err != nil {
		return nil, err
	}
	a := newAssigner(secret, r.Seed, labelers, pairs, gold)
	a.markHistory(r.History)
	short := a.assignOrdinary(cfg.PerPair)
	a.assignGold(cfg.GoldRate)
	return &Plan{Tasks: a.tasks(), Short: short}, nil
}

// sortedPairs checks the round's pairs and returns copies sorted by ID.
func sortedPairs(ordinary, gold []Pair) ([]Pair, []Pair, error) {
	byID := func(a, b Pair) int { return strings.Compare(a.ID, b.ID) }
	p, g := slices.Clone(ordinary), slices.Clone(gold)
	slices.SortFunc(p, byID)
	slices.SortFunc(g, byID)
	for _, set := range [][]Pair{p, g} {
		for i, x := range set {
			switch {
			case x.ID == "":
				return nil, nil, fmt.Errorf("%w: a pair has an empty ID", ErrMalformed)
			case x.A == x.B:
				return nil, nil, fmt.Errorf("%w: pair %q has two equal responses", ErrSelfComparison, x.ID)
			case i > 0 && set[i-1].ID == x.ID:
				return nil, nil, fmt.Errorf("%w: %q", ErrDuplicatePair, x.ID)
			}
		}
	}
	for _, x := range g {
		if _, ok := slices.BinarySearchFunc(p, x, byID); ok {
			return nil, nil, fmt.Errorf("%w: %q is both an ordinary and a gold pair", ErrDuplicatePair, x.ID)
		}
	}
	return p, g, nil
}

// assigner holds one Assign call's state. Pairs are numbered ordinary
// first, then gold.
type assigner struct {
	key      []byte // the round key
	labelers []string
	pairs    []Pair // ordinary, then gold
	ordinary int    // the number of ordinary pairs

	labelerHash []uint64
	pairHash    []uint64
	seen        [][]int32 // per pair: labelers whose history holds it, sorted
	load        []int     // per labeler: ordinary items
	sent        [][]int32 // per labeler: pairs sent in this round
}

func newAssigner(secret, seed []byte, labelers []string, ordinary, gold []Pair) *assigner {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("agora/rlhf/assign/v1"))
	writeField(mac, string(seed))
	a := &assigner{
		key:      mac.Sum(nil),
		labelers: labelers,
		pairs:    append(ordinary, gold...),
		ordinary: len(ordinary),
	}
	a.labelerHash = make([]uint64, len(labelers))
	for i, l := range labelers {
		a.labelerHash[i] = a.hash64("labeler", l)
	}
	a.pairHash = make([]uint64, len(a.pairs))
	for i, p := range a.pairs {
		a.pairHash[i] = a.hash64("pair", p.ID)
	}
	a.seen = make([][]int32, len(a.pairs))
	a.load = make([]int, len(labelers))
	a.sent = make([][]int32, len(labelers))
	return a
}

// writeField writes s length-prefixed, so that fields cannot run together.
func writeField(w interface{ Write([]byte) (int, error) }, s string) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(s)))
	w.Write(n[:])
	w.Write([]byte(s))
}

// sum returns HMAC-SHA256 under the round key of the tag and the fields.
func (a *assigner) sum(tag string, fields ...string) []byte {
	mac := hmac.New(sha256.New, a.key)
	writeField(mac, tag)
	for _, f := range fields {
		writeField(mac, f)
	}
	return mac.Sum(nil)
}

func (a *assigner) hash64(tag string, fields ...string) uint64 {
	return binary.BigEndian.Uint64(a.sum(tag, fields...))
}

// mix is splitmix64's finaliser: it turns the XOR of two keyed hashes into
// a tie-break key that depends on both.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// markHistory records which labelers saw which of the round's pairs.
func (a *assigner) markHistory(history map[string][]string) {
	if len(history) == 0 {
		return
	}
	idx := make(map[string]int32, len(a.pairs))
	for i, p := range a.pairs {
		idx[p.ID] = int32(i)
	}
	for l, name := range a.labelers { // sorted, so each seen list is sorted
		for _, id := range history[name] {
			if p, ok := idx[id]; ok {
				if s := a.seen[p]; len(s) == 0 || s[len(s)-1] != int32(l) {
					a.seen[p] = append(s, int32(l))
				}
			}
		}
	}
}

// candidate is a labeler ranked for a pair, or a gold pair ranked for a
// labeler: fewest uses first, then by a keyed tie-break.
type candidate struct {
	id   int32 // the labeler or the gold pair
	uses int   // the labeler's ordinary load, or the gold pair's uses
	tie  uint64
}

func (c candidate) compare(d candidate) int {
	return cmp.Or(cmp.Compare(c.uses, d.uses), cmp.Compare(c.tie, d.tie), cmp.Compare(c.id, d.id))
}

// assignOrdinary sends each ordinary pair to perPair labelers and returns
// the shortfalls, sorted by pair ID.
func (a *assigner) assignOrdinary(perPair int) []Shortfall {
	order := make([]int32, a.ordinary)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		return cmp.Or(cmp.Compare(a.pairHash[x], a.pairHash[y]), cmp.Compare(x, y))
	})
	var short []Shortfall
	best := make([]candidate, 0, perPair)
	for _, p := range order {
		best = best[:0]
		seen := a.seen[p]
		for l := range a.labelers {
			if len(seen) > 0 && slices.Contains(seen, int32(l)) {
				continue
			}
			c := candidate{int32(l), a.load[l], mix(a.labelerHash[l] ^ a.pairHash[p])}
			if len(best) == perPair && c.compare(best[perPair-1]) >= 0 {
				continue
			}
			// insert c in order, dropping the worst when full
			i := len(best)
			if i < perPair {
				best = append(best, c)
			} else {
				i--
			}
			for ; i > 0 && c.compare(best[i-1]) < 0; i-- {
				best[i] = best[i-1]
			}
			best[i] = c
		}
		for _, c := range best {
			a.load[c.id]++
			a.sent[c.id] = append(a.sent[c.id], p)
		}
		if len(best) < perPair {
			short = append(short, Shortfall{Pair: a.pairs[p].ID, Labelers: len(best)})
		}
	}
	slices.SortFunc(short, func(x, y Shortfall) int { return strings.Compare(x.Pair, y.Pair) })
	return short
}

// assignGold gives each labeler gold items in proportion to their
// ordinary load.
func (a *assigner) assignGold(rate float64) {
	if a.ordinary == len(a.pairs) || rate == 0 {
		return
	}
	ratio := rate / (1 - rate)
	order := make([]int32, len(a.labelers))
	for i := range order {
		order[i] = int32(i)
	}
	orderKey := make([]uint64, len(a.labelers))
	for l, name := range a.labelers {
		orderKey[l] = a.hash64("gold-order", name)
	}
	slices.SortFunc(order, func(x, y int32) int {
		return cmp.Or(cmp.Compare(orderKey[x], orderKey[y]), cmp.Compare(x, y))
	})
	used := make([]int, len(a.pairs))
	var cands []candidate
	for _, l := range order {
		u := float64(a.hash64("gold-count", a.labelers[l])>>11) / (1 << 53)
		g := int(math.Floor(float64(a.load[l])*ratio + u))
		if g == 0 {
			continue
		}
		cands = cands[:0]
		for p := a.ordinary; p < len(a.pairs); p++ {
			if slices.Contains(a.seen[p], l) {
				continue
			}
			cands = append(cands, candidate{int32(p), used[p], mix(a.labelerHash[l] ^ a.pairHash[p])})
		}
		slices.SortFunc(cands, candidate.compare)
		for _, c := range cands[:min(g, len(cands))] {
			used[c.id]++
			a.sent[l] = append(a.sent[l], c.id)
		}
	}
}

// tasks builds the plan's tasks, sorted by labeler and item ID.
func (a *assigner) tasks() []Task {
	var out []Task
	for l, name := range a.labelers {
		start := len(out)
		for _, p := range a.sent[l] {
			pair := a.pairs[p]
			d := a.sum("item", name, pair.ID)
			t := Task{
				Labeler: name,
				Item:    Item{ID: hex.EncodeToString(d[:16]), Prompt: pair.Prompt, A: pair.A, B: pair.B},
				Pair:    pair.ID,
				Gold:    int(p) >= a.ordinary,
				Swapped: d[16]&1 == 1,
			}
			if t.Swapped {
				t.Item.A, t.Item.B = pair.B, pair.A
			}
			out = append(out, t)
		}
		slices.SortFunc(out[start:], func(x, y Task) int { return strings.Compare(x.Item.ID, y.Item.ID) })
	}
	return out
}
