package ledger

import (
	"fmt"
	"slices"
)

// Scoring are a subnet's task-specific scoring parameters: how validators
// score the miners' work. Each task reads its own fields (ScoringParams)
// and the fields of the other tasks must be zero. All are integers;
// "permille" fields are thousandths (1000 = 1).
//
// JSON keys are the snake_case names below. Decoding JSON into a Scoring
// overwrites only the keys present and rejects unknown keys and null; a
// create_subnet's scoring object is decoded over DefaultScoring of its
// task. Zero fields are left out of the encoding: a field whose default is
// not zero does not accept zero, so the encoding decodes to the same value.
type Scoring struct {
	// SamplePositionsPermille (inference) is the share of each answer's
	// token positions a validator checks against the reference model,
	// 1..1000; default 100.
	SamplePositionsPermille uint16 `json:"sample_positions_permille,omitempty"`
	// TopK (inference) is how many of the reference model's most likely
	// tokens a checked position compares, 1..255; default 8.
	TopK uint8 `json:"topk,omitempty"`
	// CosinePassPermille (inference) is the least cosine similarity, in
	// thousandths, between the miner's and the reference's top-k logits
	// for a checked position to pass, 1..1000; default 900.
	CosinePassPermille uint16 `json:"cosine_pass_permille,omitempty"`
	// LatencyTargetMS (inference) is the answer time, in milliseconds,
	// above which an answer scores less, 0..MaxLatencyTargetMS; 0 (the
	// default): latency is not scored.
	LatencyTargetMS uint32 `json:"latency_target_ms,omitempty"`

	// HeldOutDataset (fine-tune) names the dataset, one of the subnet's
	// datasets, that submissions are evaluated on and must not be trained
	// on; empty (the default): none named.
	HeldOutDataset string `json:"held_out_dataset,omitempty"`
	// EpsilonPermille (fine-tune) is the relative loss improvement, in
	// thousandths, a submission must show over the best earlier one to
	// replace it, 1..1000; default 5.
	EpsilonPermille uint16 `json:"epsilon_permille,omitempty"`
	// EpsilonDecayBlocks (fine-tune) is the number of blocks over which an
	// earlier submission's epsilon advantage decays linearly to zero; 0
	// (the default): it does not decay.
	EpsilonDecayBlocks uint32 `json:"epsilon_decay_blocks,omitempty"`

	// LabelersPerComparison (preference) is how many labelers judge each
	// pairwise comparison, 1..MaxLabelersPerComparison; default 3.
	LabelersPerComparison uint8 `json:"labelers_per_comparison,omitempty"`
	// GoldRatePermille (preference) is the share, in thousandths, of
	// comparisons that are gold questions with a known answer, 1..1000;
	// default 100.
	GoldRatePermille uint16 `json:"gold_rate_permille,omitempty"`
}

// Scoring limits.
const (
	// MaxLatencyTargetMS is the largest latency_target_ms (10 minutes).
	MaxLatencyTargetMS = 600_000
	// MaxLabelersPerComparison is the largest labelers_per_comparison.
	MaxLabelersPerComparison = 64
)

// DefaultScoring returns the scoring parameters of a new subnet of the
// given task: for inference sample_positions_permille 100, topk 8,
// cosine_pass_permille 900, latency_target_ms 0; for fine-tune
// held_out_dataset "", epsilon_permille 5, epsilon_decay_blocks 0; for
// preference labelers_per_comparison 3, gold_rate_permille 100. For an
// unknown task it returns the zero Scoring.
func DefaultScoring(task string) Scoring {
	switch task {
	case TaskInference:
		return Scoring{SamplePositionsPermille: 100, TopK: 8, CosinePassPermille: 900}
	case TaskFineTune:
		return Scoring{EpsilonPermille: 5}
	case TaskPreference:
		return Scoring{LabelersPerComparison: 3, GoldRatePermille: 100}
	}
	return Scoring{}
}

// ScoringParams returns the JSON keys of the Scoring fields that task
// reads, in the order of Scoring (nil for an unknown task).
func ScoringParams(task string) []string {
	switch task {
	case TaskInference:
		return []string{"sample_positions_permille", "topk", "cosine_pass_permille", "latency_target_ms"}
	case TaskFineTune:
		return []string{"held_out_dataset", "epsilon_permille", "epsilon_decay_blocks"}
	case TaskPreference:
		return []string{"labelers_per_comparison", "gold_rate_permille"}
	}
	return nil
}

// UnmarshalJSON decodes a JSON object onto s: keys present overwrite their
// field, absent keys keep the current value; unknown keys, null and
// out-of-range numbers are errors. It does not call Validate.
func (s *Scoring) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, s) }

func (*Scoring) strictKeys() ([]string, bool) { return nil, true } // present keys may not be null

// Validate checks s as the scoring parameters of a subnet of task with the
// given datasets: the task's fields in their ranges (see the fields),
// held_out_dataset empty or the name of one of datasets, and every other
// task's fields zero. The error names the field ("scoring.topk: …").
func (s Scoring) Validate(task string, datasets []Dataset) error {
	type param struct {
		name     string
		value    uint64
		min, max uint64
	}
	var params []param
	switch task {
	case TaskInference:
		params = []param{
			{"sample_positions_permille", uint64(s.SamplePositionsPermille), 1, 1000},
			{"topk", uint64(s.TopK), 1, 255},
			{"cosine_pass_permille", uint64(s.CosinePassPermille), 1, 1000},
			{"latency_target_ms", uint64(s.LatencyTargetMS), 0, MaxLatencyTargetMS},
		}
	case TaskFineTune:
		params = []param{
			{"epsilon_permille", uint64(s.EpsilonPermille), 1, 1000},
			{"epsilon_decay_blocks", uint64(s.EpsilonDecayBlocks), 0, 1<<32 - 1},
		}
		if name := s.HeldOutDataset; name != "" && !slices.ContainsFunc(datasets, func(d Dataset) bool { return d.Name == name }) {
			return fmt.Errorf("scoring.held_out_dataset: %q is not one of the subnet's datasets", truncate(name, 80))
		}
	case TaskPreference:
		params = []param{
			{"labelers_per_comparison", uint64(s.LabelersPerComparison), 1, MaxLabelersPerComparison},
			{"gold_rate_permille", uint64(s.GoldRatePermille), 1, 1000},
		}
	default:
		return fmt.Errorf("scoring: unknown task %q", truncate(task, 32))
	}
	for _, p := range params {
		if p.value < p.min || p.value > p.max {
			return fmt.Errorf("scoring.%s: %d not in [%d, %d]", p.name, p.value, p.min, p.max)
		}
	}
	mine := ScoringParams(task)
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"sample_positions_permille", s.SamplePositionsPermille != 0},
		{"topk", s.TopK != 0},
		{"cosine_pass_permille", s.CosinePassPermille != 0},
		{"latency_target_ms", s.LatencyTargetMS != 0},
		{"held_out_dataset", s.HeldOutDataset != ""},
		{"epsilon_permille", s.EpsilonPermille != 0},
		{"epsilon_decay_blocks", s.EpsilonDecayBlocks != 0},
		{"labelers_per_comparison", s.LabelersPerComparison != 0},
		{"gold_rate_permille", s.GoldRatePermille != 0},
	} {
		if f.set && !slices.Contains(mine, f.name) {
			return fmt.Errorf("scoring.%s: not a parameter of %s subnets (they take %v)", f.name, task, mine)
		}
	}
	return nil
}
