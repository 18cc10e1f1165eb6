package rlhf

import "errors"

// Sentinel errors. Each error the package returns wraps one of them; the
// message adds the line, the name or the reason.
var (
	// ErrMalformed is wrapped by a *LineError for a JSONL line that does not
	// decode: not a JSON object, a field missing or of the wrong type, an
	// unknown winner, a label that is neither a string nor a number.
	ErrMalformed = errors.New("rlhf: malformed input")

	// ErrLabelClash is returned when a number label and a string label have
	// the same text (1 and "1"): JSON object keys are strings, so the two
	// could not be told apart in the output.
	ErrLabelClash = errors.New("rlhf: a number label and a string label share a text")

	// ErrGoldConflict is returned when one task has two different gold
	// labels.
	ErrGoldConflict = errors.New("rlhf: conflicting gold labels")

	// ErrNoGold is returned by GoldMajorityVote when no answer is on a gold
	// task, so no labeler's skill can be measured.
	ErrNoGold = errors.New("rlhf: no answer is on a gold task")

	// ErrNotConnected is returned by the Bradley–Terry fits when the
	// comparison graph (items joined by a comparison) has more than one
	// component: scores in different components cannot be compared.
	ErrNotConnected = errors.New("rlhf: comparison graph is not connected")

	// ErrSelfComparison is returned for a comparison of an item with itself.
	ErrSelfComparison = errors.New("rlhf: an item is compared with itself")

	// ErrNoWorker is returned by AnomalousLabelers for a comparison without
	// a worker.
	ErrNoWorker = errors.New("rlhf: comparison has no worker")

	// ErrDuplicateRating is returned by the agreement metrics when a worker
	// rated one task twice.
	ErrDuplicateRating = errors.New("rlhf: a worker rated a task twice")

	// ErrNotTwoRaters is returned by CohenKappa unless exactly two workers
	// rated.
	ErrNotTwoRaters = errors.New("rlhf: Cohen's kappa needs exactly two workers")

	// ErrNeedsOrder is returned when an ordered metric (Krippendorff's α at
	// the ordinal level, a weighted Cohen's κ) gets string labels and no
	// domain to order them, or an interval/ratio metric gets labels it
	// cannot place on a number line.
	ErrNeedsOrder = errors.New("rlhf: labels have no order")

	// ErrNotInDomain is returned when a label is missing from the domain
	// given to order the labels, or the domain is malformed.
	ErrNotInDomain = errors.New("rlhf: label not in domain")

	// ErrUndefined is returned when an agreement coefficient is 0/0: no unit
	// with two ratings, or no variation to expect disagreement from (every
	// rating in one category).
	ErrUndefined = errors.New("rlhf: agreement is undefined")

	// ErrDuplicatePair is returned by Assign when two pairs of a round
	// (ordinary or gold) share an ID, by ParsePairs for an ID on two lines,
	// and by ParseJudgments when one task's lines disagree on its prompt or
	// responses.
	ErrDuplicatePair = errors.New("rlhf: two pairs share an ID")

	// ErrInvalidConfig is wrapped by every Validate error.
	ErrInvalidConfig = errors.New("rlhf: invalid config")
)
