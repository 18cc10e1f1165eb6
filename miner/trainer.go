package miner

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/agora-net/agora/model"
)

// TrainerConfig says how an LMTrainer optimises: positions per step and
// Adam's step size (model.TrainOptions' fields of the same names).
type TrainerConfig struct {
	BatchSize    int
	LearningRate float64
}

// DefaultTrainerConfig returns 64 positions per step and a step size of
// 0.0003, a tenth of the reference model's training rate: Adam starts its
// moments afresh on every job, and the larger rate would first undo some
// of the base model's training.
func DefaultTrainerConfig() TrainerConfig {
	return TrainerConfig{BatchSize: 64, LearningRate: 0.0003}
}

// LMTrainer is the Trainer of an honest miner: it fine-tunes the base
// model it serves on the subnet's training data with model.FineTune and
// returns the new weight file. The same request always gives the same
// file (the training is a pure function of the base, the data, the steps
// and the seed).
type LMTrainer struct {
	base *model.LM
	data []byte
	cfg  TrainerConfig
}

var _ Trainer = (*LMTrainer)(nil)

// NewLMTrainer returns a Trainer that fine-tunes base on data (the
// subnet's training set, e.g. corpus.Train(); never its held-out set).
func NewLMTrainer(base *model.LM, data []byte, cfg TrainerConfig) (*LMTrainer, error) {
	if base == nil {
		return nil, errors.New("miner: trainer: nil base model")
	}
	if len(data) == 0 {
		return nil, errors.New("miner: trainer: no training data")
	}
	if err := (model.TrainOptions{Steps: 1, BatchSize: cfg.BatchSize, LearningRate: cfg.LearningRate}).Validate(); err != nil {
		return nil, fmt.Errorf("miner: trainer: %w", err)
	}
	return &LMTrainer{base: base, data: data, cfg: cfg}, nil
}

// FineTune trains req.Steps steps from the base model, seeded with
// req.Seed, reporting the loss after every step, and returns the weight
// file. A request for another base than the trainer's is an error.
func (t *LMTrainer) FineTune(ctx context.Context, req FineTuneRequest, progress func(Progress)) ([]byte, error) {
	if req.BaseHash != t.base.Hash() {
		return nil, fmt.Errorf("miner: fine-tune: base %.64q is not this trainer's base %s", req.BaseHash, t.base.Hash())
	}
	opts := model.TrainOptions{
		Seed: req.Seed, Steps: req.Steps, BatchSize: t.cfg.BatchSize, LearningRate: t.cfg.LearningRate,
		Progress: func(step int, loss float64) { progress(Progress{Step: step, Steps: req.Steps, Loss: loss}) },
	}
	m, err := model.FineTune(ctx, t.base, t.data, opts)
	if err != nil {
		return nil, fmt.Errorf("miner: fine-tune: %w", err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return nil, fmt.Errorf("miner: fine-tune: %w", err)
	}
	return buf.Bytes(), nil
}
