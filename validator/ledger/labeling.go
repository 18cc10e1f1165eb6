package ledger

import (
	"cmp"
	"encoding/hex"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/rlhf"
)

// Limits of the preference subnets' labeling (see the package
// documentation, "Labeling").
const (
	// MaxLabelsPerCommand is the most labels one submit_preferences
	// carries.
	MaxLabelsPerCommand = 512
	// MaxComparisonText is the longest prompt or response of a
	// comparison, in bytes.
	MaxComparisonText = 16 << 10
	// MaxPendingComparisons and MaxPendingBytes bound a subnet's pool of
	// comparisons waiting for the next round: their number and the sum of
	// their prompts' and responses' lengths.
	MaxPendingComparisons = 4096
	MaxPendingBytes       = 8 << 20
	// MaxRoundLabels is the most labels one round of one subnet holds.
	MaxRoundLabels = 1 << 18
	// LabelRounds is how many rounds a subnet keeps: the current one, whose
	// items labelers answer, and the one before, which validators grade.
	LabelRounds = 2
	// MaxConfidence is the largest confidence a label may carry.
	MaxConfidence = 100
)

// Choices of a label: the response shown as A is better, B is, or neither.
// They are rlhf's preference labels.
const (
	ChoiceA   = rlhf.ChoiceA
	ChoiceB   = rlhf.ChoiceB
	ChoiceTie = rlhf.ChoiceTie
)

// ItemID is the opaque id of a comparison as one labeler sees it in one
// round (rlhf.Item.ID): 16 bytes, written as 32 lowercase hex digits.
type ItemID [16]byte

// ParseItemID parses 32 hex digits (lower case) as an ItemID.
func ParseItemID(s string) (ItemID, error) {
	var id ItemID
	if !isHex(s, 32, false) {
		return id, fmt.Errorf("item %q: want 32 lowercase hex digits", truncate(s, 40))
	}
	hex.Decode(id[:], []byte(s))
	return id, nil
}

// String returns the id as 32 lowercase hex digits.
func (id ItemID) String() string { return hex.EncodeToString(id[:]) }

// MarshalText writes the id as 32 lowercase hex digits.
func (id ItemID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalJSON reads a JSON string of 32 lowercase hex digits.
func (id *ItemID) UnmarshalJSON(data []byte) error {
	if len(data) != 34 || data[0] != '"' || data[33] != '"' {
		return fmt.Errorf("item %s: want a string of 32 lowercase hex digits", truncate(string(data), 40))
	}
	v, err := ParseItemID(string(data[1:33]))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Comparison is one pairwise comparison for a preference subnet's pool:
// a prompt and two responses. JSON: {"prompt": "…", "a": "…", "b": "…"},
// all required; each at most MaxComparisonText bytes of UTF-8 and a ≠ b.
// Its identity is rlhf.PairID(prompt, a, b), which does not depend on the
// responses' order.
type Comparison struct {
	Prompt string `json:"prompt"`
	A      string `json:"a"`
	B      string `json:"b"`
}

// UnmarshalJSON decodes a comparison strictly: exactly the keys prompt, a
// and b, none null.
func (c *Comparison) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, c) }

func (*Comparison) strictKeys() ([]string, bool) { return []string{"prompt", "a", "b"}, false }

// AddComparisons adds comparisons to a preference subnet's pool; they are
// labeled in the next round. Signer: the subnet owner or a genesis
// validator. JSON: {"subnet": 2, "comparisons": [{"prompt", "a", "b"}, …]},
// both required, 1.. comparisons (as many as MaxPayloadSize allows).
type AddComparisons struct {
	Subnet      uint16       `json:"subnet"`
	Comparisons []Comparison `json:"comparisons"`
}

// Preference is one label: the labeler's choice about one item. JSON:
// {"item": "<32 hex>", "choice": "A", "confidence": 80}; item and choice
// are required, choice is "A", "B" or "tie" about the responses as the
// item showed them, and confidence (0..MaxConfidence, 0 or absent: not
// given) is how sure the labeler is, in percent.
type Preference struct {
	Item       ItemID `json:"item"`
	Choice     string `json:"choice"`
	Confidence uint8  `json:"confidence,omitempty"`
}

// UnmarshalJSON decodes a label strictly: the keys item, choice and
// confidence only, item and choice present and not null.
func (p *Preference) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, p) }

func (*Preference) strictKeys() ([]string, bool) { return []string{"item", "choice"}, false }

// SubmitPreferences files labels of the signer (a labeler of the round)
// for round round of a preference subnet. JSON:
//
//	{"subnet": 2, "round": 7, "labels": [{"item": "…", "choice": "B"}, …]}
//
// all required; 1..MaxLabelsPerCommand labels about distinct items.
type SubmitPreferences struct {
	Subnet uint16       `json:"subnet"`
	Round  uint64       `json:"round"`
	Labels []Preference `json:"labels"`
}

// Validate checks each comparison's texts: at most MaxComparisonText bytes
// of valid UTF-8 each, and two different responses.
func (a AddComparisons) Validate() error {
	if len(a.Comparisons) == 0 {
		return payloadError(TypeAddComparisons, "comparisons: none given")
	}
	for i, c := range a.Comparisons {
		for _, f := range []struct{ name, v string }{{"prompt", c.Prompt}, {"a", c.A}, {"b", c.B}} {
			if len(f.v) > MaxComparisonText {
				return payloadError(TypeAddComparisons, "comparisons[%d].%s: %d bytes, at most %d", i, f.name, len(f.v), MaxComparisonText)
			}
			if !utf8.ValidString(f.v) {
				return payloadError(TypeAddComparisons, "comparisons[%d].%s: not valid UTF-8", i, f.name)
			}
		}
		if c.A == c.B {
			return payloadError(TypeAddComparisons, "comparisons[%d]: the two responses are equal", i)
		}
	}
	return nil
}

// Validate checks the labels: 1..MaxLabelsPerCommand, distinct items,
// choices "A", "B" or "tie", confidences at most MaxConfidence.
func (s SubmitPreferences) Validate() error {
	if len(s.Labels) == 0 || len(s.Labels) > MaxLabelsPerCommand {
		return payloadError(TypeSubmitPreferences, "labels: %d entries, want 1..%d", len(s.Labels), MaxLabelsPerCommand)
	}
	seen := make(map[ItemID]struct{}, len(s.Labels))
	for i, l := range s.Labels {
		if _, ok := canonicalChoice(l.Choice); !ok {
			return payloadError(TypeSubmitPreferences, "labels[%d].choice: %q is not %q, %q or %q", i, truncate(l.Choice, 16), ChoiceA, ChoiceB, ChoiceTie)
		}
		if l.Confidence > MaxConfidence {
			return payloadError(TypeSubmitPreferences, "labels[%d].confidence: %d, at most %d", i, l.Confidence, MaxConfidence)
		}
		if _, dup := seen[l.Item]; dup {
			return payloadError(TypeSubmitPreferences, "labels[%d].item: %s is answered twice", i, l.Item)
		}
		seen[l.Item] = struct{}{}
	}
	return nil
}

// canonicalChoice returns the package's constant for a choice, so that
// stored labels share its bytes.
func canonicalChoice(c string) (string, bool) {
	switch c {
	case ChoiceA:
		return ChoiceA, true
	case ChoiceB:
		return ChoiceB, true
	case ChoiceTie:
		return ChoiceTie, true
	}
	return "", false
}

// DecodeAddComparisons decodes and validates an add_comparisons payload.
func DecodeAddComparisons(payload []byte) (AddComparisons, error) {
	var a AddComparisons
	if err := decodePayload(TypeAddComparisons, payload, &a, "subnet", "comparisons"); err != nil {
		return AddComparisons{}, err
	}
	return validated(a)
}

// DecodeSubmitPreferences decodes and validates a submit_preferences
// payload.
func DecodeSubmitPreferences(payload []byte) (SubmitPreferences, error) {
	var s SubmitPreferences
	if err := decodePayload(TypeSubmitPreferences, payload, &s, "subnet", "round", "labels"); err != nil {
		return SubmitPreferences{}, err
	}
	return validated(s)
}

// StoredComparison is a comparison in a subnet's pool or round, with its
// identity rlhf.PairID(prompt, a, b).
type StoredComparison struct {
	ID     string `json:"id"`
	Prompt string `json:"prompt"`
	A      string `json:"a"`
	B      string `json:"b"`
}

func (c StoredComparison) size() int { return len(c.Prompt) + len(c.A) + len(c.B) }

// RoundLabeler is a labeler of a round: a hotkey registered as a miner of
// the subnet when the round began, and Since, the first round of its
// current unbroken run of rounds as a labeler (validators use it to give
// each labeler every gold comparison at most once while the run lasts).
type RoundLabeler struct {
	Hotkey common.Address `json:"hotkey"`
	Since  uint64         `json:"since"`
}

// Label is one filed label: who answered which item, the choice about the
// item as shown and the confidence (0: not given).
type Label struct {
	Labeler    common.Address `json:"labeler"`
	Item       ItemID         `json:"item"`
	Choice     string         `json:"choice"`
	Confidence uint8          `json:"confidence,omitempty"`
}

// labelKey identifies a label within a round.
type labelKey struct {
	labeler common.Address
	item    ItemID
}

// LabelRound is one labeling round of a preference subnet: it begins when
// an epoch runs, with the subnet's miners as its labelers and the pool's
// comparisons as its comparisons, and holds the labels filed for it.
type LabelRound struct {
	// Round is the subnet's epoch index when the round began.
	Round uint64 `json:"round"`
	// Block is the block at which it began.
	Block uint64 `json:"block"`
	// Labelers are sorted by hotkey.
	Labelers []RoundLabeler `json:"labelers,omitempty"`
	// Comparisons are sorted by ID.
	Comparisons []StoredComparison `json:"comparisons,omitempty"`
	// Labels are in the order they were filed.
	Labels []Label `json:"labels,omitempty"`

	// answered indexes Labels (rebuilt on restore); it is not state.
	answered map[labelKey]struct{}
}

// labelingState is a preference subnet's labeling: the pool of comparisons
// for the next round and the last LabelRounds rounds.
type labelingState struct {
	// Pending is sorted by ID.
	Pending []StoredComparison `json:"pending,omitempty"`
	// Rounds are by ascending round; the last is the current one.
	Rounds []LabelRound `json:"rounds,omitempty"`
}

// current returns the current round, or nil before the first.
func (l *labelingState) current() *LabelRound {
	if l == nil || len(l.Rounds) == 0 {
		return nil
	}
	return &l.Rounds[len(l.Rounds)-1]
}

// round returns round r if the subnet keeps it.
func (l *labelingState) round(r uint64) *LabelRound {
	if l == nil {
		return nil
	}
	for i := range l.Rounds {
		if l.Rounds[i].Round == r {
			return &l.Rounds[i]
		}
	}
	return nil
}

// clone returns a copy that shares nothing Apply changes in place: labels
// are only ever appended, so the copy's label slices, cut at their current
// length, never see a later append.
func (l *labelingState) clone() *labelingState {
	if l == nil {
		return nil
	}
	c := &labelingState{Pending: slices.Clone(l.Pending), Rounds: slices.Clone(l.Rounds)}
	for i := range c.Rounds {
		r := &c.Rounds[i]
		r.Labels = r.Labels[:len(r.Labels):len(r.Labels)]
		r.answered = nil
	}
	return c
}

// labelerIndex returns the index of hotkey among the round's labelers, or
// -1.
func (r *LabelRound) labelerIndex(hotkey common.Address) int {
	i, ok := slices.BinarySearchFunc(r.Labelers, hotkey, func(l RoundLabeler, h common.Address) int { return l.Hotkey.Cmp(h) })
	if !ok {
		return -1
	}
	return i
}

// index builds the answered index if it is missing.
func (r *LabelRound) index() map[labelKey]struct{} {
	if r.answered == nil {
		r.answered = make(map[labelKey]struct{}, len(r.Labels))
		for _, l := range r.Labels {
			r.answered[labelKey{l.Labeler, l.Item}] = struct{}{}
		}
	}
	return r.answered
}

// startRound begins round s.EpochIndex of a preference subnet at block: its
// labelers are the subnet's miners, its comparisons the pool's; the pool
// empties and rounds beyond the last LabelRounds are dropped. Other
// subnets have no rounds.
func (s *subnetState) startRound(block uint64) {
	if s.Task != TaskPreference {
		return
	}
	if s.Labeling == nil {
		s.Labeling = &labelingState{}
	}
	lab := s.Labeling
	r := s.EpochIndex
	prev := lab.current()
	round := LabelRound{Round: r, Block: block, Comparisons: lab.Pending, answered: map[labelKey]struct{}{}}
	for i := range s.Neurons {
		if nu := &s.Neurons[i]; nu.Role == RoleMiner {
			since := r
			if prev != nil && prev.Round+1 == r {
				if j := prev.labelerIndex(nu.Hotkey); j >= 0 {
					since = prev.Labelers[j].Since
				}
			}
			round.Labelers = append(round.Labelers, RoundLabeler{Hotkey: nu.Hotkey, Since: since})
		}
	}
	slices.SortFunc(round.Labelers, func(a, b RoundLabeler) int { return a.Hotkey.Cmp(b.Hotkey) })
	lab.Pending = nil
	lab.Rounds = append(lab.Rounds, round)
	if n := len(lab.Rounds); n > LabelRounds {
		lab.Rounds = slices.Delete(lab.Rounds, 0, n-LabelRounds)
	}
}

// AddComparisonsResult is the Value of an accepted add_comparisons: how
// many comparisons joined the pool, how many were already in it or in a
// kept round (skipped), and the pool's size after.
type AddComparisonsResult struct {
	Subnet     uint16 `json:"subnet"`
	Added      int    `json:"added"`
	Duplicates int    `json:"duplicates"`
	Pending    int    `json:"pending"`
}

// addComparisons adds comparisons to a preference subnet's pool: signer
// the owner or a genesis validator; comparisons already pending or in a
// kept round are skipped; the pool may not exceed MaxPendingComparisons
// comparisons or MaxPendingBytes bytes (ErrPoolFull; nothing is added).
func (f *FSM) addComparisons(signer common.Address, p AddComparisons) (any, error) {
	s, err := f.preferenceSubnet(p.Subnet)
	if err != nil {
		return nil, err
	}
	if signer != s.Owner && !f.isValidator(signer) {
		return nil, fmt.Errorf("%w: add_comparisons needs the owner of subnet %d or a genesis validator, %s is neither", ErrUnauthorized, s.ID, signer.Hex())
	}
	if s.Labeling == nil {
		s.Labeling = &labelingState{}
	}
	lab := s.Labeling
	byID := func(c StoredComparison, id string) int { return cmp.Compare(c.ID, id) }
	size := 0
	for _, c := range lab.Pending {
		size += c.size()
	}
	pending := slices.Clone(lab.Pending)
	res := AddComparisonsResult{Subnet: s.ID}
	for _, c := range p.Comparisons {
		sc := StoredComparison{ID: rlhf.PairID(c.Prompt, c.A, c.B), Prompt: c.Prompt, A: c.A, B: c.B}
		i, found := slices.BinarySearchFunc(pending, sc.ID, byID)
		for k := range lab.Rounds {
			if _, ok := slices.BinarySearchFunc(lab.Rounds[k].Comparisons, sc.ID, byID); ok {
				found = true
			}
		}
		if found {
			res.Duplicates++
			continue
		}
		pending = slices.Insert(pending, i, sc)
		size += sc.size()
		res.Added++
	}
	if len(pending) > MaxPendingComparisons || size > MaxPendingBytes {
		return nil, fmt.Errorf("%w: subnet %d would hold %d comparisons of %d bytes, at most %d of %d bytes; wait for the next round",
			ErrPoolFull, s.ID, len(pending), size, MaxPendingComparisons, MaxPendingBytes)
	}
	lab.Pending = pending
	res.Pending = len(pending)
	return res, nil
}

// SubmitPreferencesResult is the Value of an accepted submit_preferences.
type SubmitPreferencesResult struct {
	Subnet uint16 `json:"subnet"`
	Round  uint64 `json:"round"`
	// Filed is the number of labels filed (all of the command's).
	Filed int `json:"filed"`
}

// submitPreferences files a labeler's labels in the current round of a
// preference subnet, all or none: the round must be the current one
// (ErrWrongRound), the signer one of its labelers (ErrNotLabeler), no item
// answered before by the signer (ErrDuplicateLabel), and the round's labels
// at most MaxRoundLabels (ErrRoundFull). Whether each item was assigned to
// the signer only the validators know (their labeling secret): they check
// it before the command enters the log.
func (f *FSM) submitPreferences(signer common.Address, p SubmitPreferences) (any, error) {
	s, err := f.preferenceSubnet(p.Subnet)
	if err != nil {
		return nil, err
	}
	cur := s.Labeling.current()
	if cur == nil || cur.Round != p.Round {
		have := "none yet"
		if cur != nil {
			have = fmt.Sprint(cur.Round)
		}
		return nil, fmt.Errorf("%w: labels for round %d of subnet %d, the current round is %s", ErrWrongRound, p.Round, s.ID, have)
	}
	if cur.labelerIndex(signer) < 0 {
		return nil, fmt.Errorf("%w: %s is not a labeler of round %d of subnet %d", ErrNotLabeler, signer.Hex(), cur.Round, s.ID)
	}
	if len(cur.Labels)+len(p.Labels) > MaxRoundLabels {
		return nil, fmt.Errorf("%w: round %d of subnet %d holds %d labels, at most %d", ErrRoundFull, cur.Round, s.ID, len(cur.Labels), MaxRoundLabels)
	}
	idx := cur.index()
	for _, l := range p.Labels {
		if _, dup := idx[labelKey{signer, l.Item}]; dup {
			return nil, fmt.Errorf("%w: %s answered item %s of round %d before", ErrDuplicateLabel, signer.Hex(), l.Item, cur.Round)
		}
	}
	for _, l := range p.Labels {
		choice, _ := canonicalChoice(l.Choice)
		cur.Labels = append(cur.Labels, Label{Labeler: signer, Item: l.Item, Choice: choice, Confidence: l.Confidence})
		idx[labelKey{signer, l.Item}] = struct{}{}
	}
	return SubmitPreferencesResult{Subnet: s.ID, Round: cur.Round, Filed: len(p.Labels)}, nil
}

// preferenceSubnet returns subnet id if it exists and is a preference
// subnet.
func (f *FSM) preferenceSubnet(id uint16) (*subnetState, error) {
	s, ok := f.st.subnet(id)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownSubnet, id)
	}
	if s.Task != TaskPreference {
		return nil, fmt.Errorf("%w: subnet %d is an %s subnet", ErrNotPreferenceSubnet, id, s.Task)
	}
	return s, nil
}

// checkLabeling verifies a restored labeling state: only on a preference
// subnet; a pool within its limits, sorted by ID, each comparison's ID its
// content's; at most LabelRounds rounds in ascending order, none after the
// epoch index or the current block; labelers sorted and distinct, Since
// at most the round; comparisons sorted; at most MaxRoundLabels labels,
// each by a labeler of the round, with a valid choice and confidence, and
// no (labeler, item) twice. It rebuilds the rounds' indexes.
func (s *subnetState) checkLabeling(block uint64) error {
	lab := s.Labeling
	if lab == nil {
		return nil
	}
	if s.Task != TaskPreference {
		return fmt.Errorf("labeling state on a %s subnet", s.Task)
	}
	checkComparisons := func(what string, cs []StoredComparison) (int, error) {
		size := 0
		for i, c := range cs {
			if i > 0 && cs[i-1].ID >= c.ID {
				return 0, fmt.Errorf("%s: not sorted by id at %d", what, i)
			}
			if err := (AddComparisons{Comparisons: []Comparison{{c.Prompt, c.A, c.B}}}).Validate(); err != nil {
				return 0, fmt.Errorf("%s[%d]: %v", what, i, err)
			}
			if c.ID != rlhf.PairID(c.Prompt, c.A, c.B) {
				return 0, fmt.Errorf("%s[%d]: id %q is not its content's", what, i, truncate(c.ID, 80))
			}
			size += c.size()
		}
		return size, nil
	}
	size, err := checkComparisons("pending", lab.Pending)
	if err != nil {
		return err
	}
	if len(lab.Pending) > MaxPendingComparisons || size > MaxPendingBytes {
		return fmt.Errorf("pending: %d comparisons of %d bytes, over the limits", len(lab.Pending), size)
	}
	if len(lab.Rounds) > LabelRounds {
		return fmt.Errorf("%d rounds, at most %d", len(lab.Rounds), LabelRounds)
	}
	for i := range lab.Rounds {
		r := &lab.Rounds[i]
		if r.Round > s.EpochIndex || r.Block > block || i > 0 && lab.Rounds[i-1].Round >= r.Round {
			return fmt.Errorf("round %d (block %d): out of order or in the future", r.Round, r.Block)
		}
		for k, l := range r.Labelers {
			if k > 0 && r.Labelers[k-1].Hotkey.Cmp(l.Hotkey) >= 0 || l.Since > r.Round {
				return fmt.Errorf("round %d: labeler %d unsorted, repeated or since a later round", r.Round, k)
			}
		}
		if _, err := checkComparisons(fmt.Sprintf("round %d comparisons", r.Round), r.Comparisons); err != nil {
			return err
		}
		if len(r.Labels) > MaxRoundLabels {
			return fmt.Errorf("round %d: %d labels, at most %d", r.Round, len(r.Labels), MaxRoundLabels)
		}
		r.answered = nil
		idx := r.index()
		if len(idx) != len(r.Labels) {
			return fmt.Errorf("round %d: an item answered twice by one labeler", r.Round)
		}
		for k, l := range r.Labels {
			c, ok := canonicalChoice(l.Choice)
			if !ok || l.Confidence > MaxConfidence || r.labelerIndex(l.Labeler) < 0 {
				return fmt.Errorf("round %d: label %d has a bad choice or confidence, or is not by a labeler of the round", r.Round, k)
			}
			r.Labels[k].Choice = c
		}
	}
	return nil
}

// LabelingView is what anyone may read about a preference subnet's
// labeling: counts only, never which comparison went to whom.
type LabelingView struct {
	// Round is the current round (0: none yet) and RoundBlock its first
	// block.
	Round      uint64 `json:"round"`
	RoundBlock uint64 `json:"round_block"`
	// Labelers, Comparisons and Labels count the current round's.
	Labelers    int `json:"labelers"`
	Comparisons int `json:"comparisons"`
	Labels      int `json:"labels"`
	// Pending counts the comparisons waiting for the next round.
	Pending int `json:"pending"`
}

func (l *labelingState) view() *LabelingView {
	v := &LabelingView{}
	if l == nil {
		return v
	}
	v.Pending = len(l.Pending)
	if cur := l.current(); cur != nil {
		v.Round, v.RoundBlock = cur.Round, cur.Block
		v.Labelers, v.Comparisons, v.Labels = len(cur.Labelers), len(cur.Comparisons), len(cur.Labels)
	}
	return v
}

// RoundView is a kept labeling round without its labels: what a validator
// needs to compute the round's assignment (the labelers and the
// comparisons). It is for the validators' own use; the API never serves
// it, since the comparisons are what gold must hide among.
type RoundView struct {
	Subnet      uint16             `json:"subnet"`
	Round       uint64             `json:"round"`
	Block       uint64             `json:"block"`
	Labelers    []RoundLabeler     `json:"labelers"`
	Comparisons []StoredComparison `json:"comparisons"`
	// Labels is the number of labels filed so far.
	Labels int `json:"labels"`
}

// Round returns round r of preference subnet id (r = 0: the current round)
// without its labels. Errors: ErrUnknownSubnet, ErrNotPreferenceSubnet,
// ErrNoRound.
func (f *FSM) Round(id uint16, r uint64) (RoundView, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, err := f.preferenceSubnet(id)
	if err != nil {
		return RoundView{}, err
	}
	lr := s.Labeling.current()
	if r != 0 {
		lr = s.Labeling.round(r)
	}
	if lr == nil {
		return RoundView{}, fmt.Errorf("%w: subnet %d keeps no round %d", ErrNoRound, id, r)
	}
	return RoundView{
		Subnet: id, Round: lr.Round, Block: lr.Block, Labels: len(lr.Labels),
		Labelers: slices.Clone(lr.Labelers), Comparisons: slices.Clone(lr.Comparisons),
	}, nil
}

// CurrentRound returns the current round of preference subnet id.
// Errors: ErrUnknownSubnet, ErrNotPreferenceSubnet, ErrNoRound (none
// began yet).
func (f *FSM) CurrentRound(id uint16) (uint64, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, err := f.preferenceSubnet(id)
	if err != nil {
		return 0, err
	}
	cur := s.Labeling.current()
	if cur == nil {
		return 0, fmt.Errorf("%w: subnet %d has no labeling round yet (one begins at each epoch)", ErrNoRound, id)
	}
	return cur.Round, nil
}

// RoundLabels returns the labels of round r of preference subnet id filed
// after the first from (in filing order), and the round's label count.
// Errors as for Round.
func (f *FSM) RoundLabels(id uint16, r uint64, from int) ([]Label, int, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, err := f.preferenceSubnet(id)
	if err != nil {
		return nil, 0, err
	}
	lr := s.Labeling.round(r)
	if lr == nil {
		return nil, 0, fmt.Errorf("%w: subnet %d keeps no round %d", ErrNoRound, id, r)
	}
	from = min(max(from, 0), len(lr.Labels))
	return slices.Clone(lr.Labels[from:]), len(lr.Labels), nil
}

// Answered reports which of items labeler has answered in round r of
// preference subnet id (false for all when the round is not kept).
func (f *FSM) Answered(id uint16, r uint64, labeler common.Address, items []ItemID) []bool {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make([]bool, len(items))
	s, err := f.preferenceSubnet(id)
	if err != nil {
		return out
	}
	lr := s.Labeling.round(r)
	if lr == nil {
		return out
	}
	if lr.answered == nil { // built by startRound, Apply and Restore; never nil in a live state
		for i, it := range items {
			out[i] = slices.ContainsFunc(lr.Labels, func(l Label) bool { return l.Labeler == labeler && l.Item == it })
		}
		return out
	}
	for i, it := range items {
		_, out[i] = lr.answered[labelKey{labeler, it}]
	}
	return out
}
