package validator

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator/ledger"
)

// maxEvaluations bounds the scorer's cache of evaluated weight files.
const maxEvaluations = 256

// fineTuneRound is a fine-tune subnet's round of jobs: one per miner,
// requested together and scored together once all are resolved.
type fineTuneRound struct {
	started time.Time // zero: no round yet
	jobs    map[uint16]*tuneJob
}

// tuneJob is one miner's job of the round and, once resolved, its upload
// or why it failed.
type tuneJob struct {
	miner    ledger.NeuronView
	id       string
	resolved bool
	failed   string // resolved without an upload: the penalty
	upload   tuneUpload
}

// tuneUpload is a verified upload: its weights, where the ledger recorded
// its commitment, and its evaluation.
type tuneUpload struct {
	hash       string
	at         ledger.FineTuneCommit
	copied     bool // an earlier commitment of another hotkey names the same weights
	evaluation evaluation
}

// evaluation is a weight file's loss on the validator's held-out window
// and whether its greedy sample is degenerate.
type evaluation struct {
	loss       scoring.I32F32
	degenerate bool
}

// errNotCommitted: a done job whose commitment this replica does not hold
// yet; it is looked for again next round.
var errNotCommitted = errors.New("the ledger holds no such commitment yet")

// scoreFineTune runs the subnet's fine-tune rounds:
//
//  1. Every FineTuneInterval every miner is asked for a job of
//     FineTuneSteps steps from the subnet's base model, with a seed of the
//     validator's choosing.
//  2. Each round the jobs are polled. A done job's upload is verified: its
//     commitment is sha256(weights hash ‖ the miner's hotkey) and the
//     ledger holds it under that hotkey (its block and sequence number
//     order the uploads); the artifact hashes to the weights hash and is a
//     model of the base's configuration. It is evaluated on the held-out
//     window (mean loss) and its greedy sample checked for repetition
//     (scoring.Degenerate). An upload is a copy when another hotkey
//     committed to the same weights earlier (the ledger holds
//     sha256(hash ‖ that hotkey) at an earlier block and sequence).
//  3. Once every job is resolved (or FineTuneTimeout passed), the round is
//     scored: failed, unverifiable and timed-out jobs the penalty, copies
//     0, the others scoring.ScoreFineTune against the base model's loss
//     with the subnet's ε and its decay, at the current block.
func (s *scorer) scoreFineTune(ctx context.Context, sn ledger.SubnetView, st *subnetScores, miners []ledger.NeuronView) {
	if len(s.window) == 0 {
		if s.round == 0 {
			s.n.log.Warn("no held-out data: fine-tune subnet not scored", "subnet", sn.ID)
		}
		return
	}
	base, ok := s.models.Model(sn.ModelHash)
	if !ok {
		s.n.log.Warn("no base model for subnet", "subnet", sn.ID, "model", sn.ModelHash)
		return
	}
	r := &st.tune
	if len(r.jobs) == 0 {
		if !r.started.IsZero() && time.Since(r.started) < s.cfg.FineTuneInterval {
			return
		}
		s.startTuneRound(ctx, sn, r, miners)
		return
	}
	var open []*tuneJob
	for _, j := range r.jobs {
		if !j.resolved {
			open = append(open, j)
		}
	}
	slices.SortFunc(open, func(a, b *tuneJob) int { return int(a.miner.UID) - int(b.miner.UID) })
	forEach(s.cfg.Parallel, open, func(_ int, j *tuneJob) { s.pollJob(ctx, sn, base, j) })
	if ctx.Err() != nil {
		return
	}
	late := time.Since(r.started) >= s.cfg.FineTuneTimeout
	for _, j := range open {
		if !j.resolved && late {
			j.resolved, j.failed = true, "no upload within the fine-tune timeout"
		}
		if !j.resolved {
			return
		}
	}
	s.finishTuneRound(ctx, sn, st, base)
}

// startTuneRound asks every miner for a job.
func (s *scorer) startTuneRound(ctx context.Context, sn ledger.SubnetView, r *fineTuneRound, miners []ledger.NeuronView) {
	r.started, r.jobs = time.Now(), map[uint16]*tuneJob{}
	jobs := make([]*tuneJob, len(miners))
	forEach(s.cfg.Parallel, miners, func(i int, nu ledger.NeuronView) {
		j := &tuneJob{miner: nu}
		var seed [8]byte
		_, _ = rand.Read(seed[:])
		rctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
		defer cancel()
		view, _, err := s.clientFor(sn, nu).FineTune(rctx, miner.FineTuneJobRequest{
			BaseHash: sn.ModelHash, Steps: s.cfg.FineTuneSteps, Seed: binary.BigEndian.Uint64(seed[:]),
		})
		if err != nil {
			j.resolved, j.failed = true, "fine-tune request failed: "+err.Error()
		} else {
			j.id = view.ID
		}
		jobs[i] = j
	})
	for _, j := range jobs {
		r.jobs[j.miner.UID] = j
	}
	s.n.log.Debug("fine-tune round started", "subnet", sn.ID, "miners", len(miners))
}

// pollJob reads a job and, once it is done, verifies and evaluates its
// upload.
func (s *scorer) pollJob(ctx context.Context, sn ledger.SubnetView, base *model.LM, j *tuneJob) {
	rctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	c := s.clientFor(sn, j.miner)
	view, _, err := c.Job(rctx, j.id)
	switch {
	case err != nil:
		return // polled again next round, until the timeout
	case view.State == miner.JobFailed:
		j.resolved, j.failed = true, "job failed: "+view.Error
		return
	case view.State != miner.JobDone:
		return
	}
	u, err := s.verifyUpload(ctx, c, sn.ID, j.miner, view, base)
	switch {
	case errors.Is(err, errNotCommitted):
		return
	case err != nil:
		j.resolved, j.failed = true, err.Error()
	default:
		j.resolved, j.upload = true, u
	}
}

// verifyUpload checks a done job's upload and evaluates it.
func (s *scorer) verifyUpload(ctx context.Context, c *miner.Client, subnet uint16, nu ledger.NeuronView, view *miner.JobView, base *model.LM) (tuneUpload, error) {
	want, err := miner.Commitment(view.WeightsHash, nu.Hotkey)
	if err != nil {
		return tuneUpload{}, fmt.Errorf("malformed weights hash %.70q", view.WeightsHash)
	}
	if view.Commitment != want {
		return tuneUpload{}, fmt.Errorf("commitment %.70q is not sha256(weights hash ‖ hotkey)", view.Commitment)
	}
	sn, ok := s.n.fsm.Subnet(subnet)
	if !ok {
		return tuneUpload{}, errNotCommitted
	}
	_, hotkey, at, ok := sn.FineTuneCommitment(want)
	if !ok || hotkey != nu.Hotkey {
		return tuneUpload{}, errNotCommitted
	}
	u := tuneUpload{hash: view.WeightsHash, at: at}
	for _, other := range sn.Neurons {
		if other.Hotkey == nu.Hotkey {
			continue
		}
		theirs, _ := miner.Commitment(view.WeightsHash, other.Hotkey)
		if _, h, first, ok := sn.FineTuneCommitment(theirs); ok && h == other.Hotkey && earlier(first, at) {
			u.copied = true
			return u, nil
		}
	}
	if e, ok := s.cachedLoss(u.hash); ok {
		u.evaluation = e
		return u, nil
	}
	data, err := c.Artifact(ctx, view.WeightsHash)
	if err != nil {
		return tuneUpload{}, fmt.Errorf("artifact: %w", err)
	}
	m, err := model.Load(bytes.NewReader(data))
	if err != nil {
		return tuneUpload{}, fmt.Errorf("artifact: %w", err)
	}
	if m.Config() != base.Config() {
		return tuneUpload{}, fmt.Errorf("artifact is a %+v model, the base a %+v one", m.Config(), base.Config())
	}
	e, err := s.evaluate(ctx, m)
	if err != nil {
		return tuneUpload{}, err
	}
	u.evaluation = e
	return u, nil
}

// earlier reports whether commitment a was recorded before b.
func earlier(a, b ledger.FineTuneCommit) bool {
	return a.Block < b.Block || a.Block == b.Block && a.Seq < b.Seq
}

// evaluate returns m's loss on the held-out window and whether its greedy
// sample (from the window's first bytes) is degenerate, caching the result
// by hash.
func (s *scorer) evaluate(ctx context.Context, m *model.LM) (evaluation, error) {
	if e, ok := s.cachedLoss(m.Hash()); ok {
		return e, nil
	}
	ev, err := model.Eval(ctx, m, s.window)
	if err != nil {
		return evaluation{}, err
	}
	tokens, _, err := m.Generate(string(s.window[:min(len(s.window), m.Config().Context)]), s.cfg.SampleTokens)
	if err != nil {
		return evaluation{}, err
	}
	e := evaluation{loss: scoring.LossFromFloat(ev.Loss), degenerate: scoring.Degenerate(tokens, scoring.DefaultDegenerateParams())}
	s.storeLoss(m.Hash(), e)
	return e, nil
}

// finishTuneRound scores a resolved round and clears it.
func (s *scorer) finishTuneRound(ctx context.Context, sn ledger.SubnetView, st *subnetScores, base *model.LM) {
	r := &st.tune
	baseEval, err := s.evaluate(ctx, base)
	if err != nil {
		s.n.log.Warn("evaluating the base model failed", "subnet", sn.ID, "err", err)
		return
	}
	jobs := make([]*tuneJob, 0, len(r.jobs))
	for _, j := range r.jobs {
		jobs = append(jobs, j)
	}
	slices.SortFunc(jobs, func(a, b *tuneJob) int { return int(a.miner.UID) - int(b.miner.UID) })
	var scored []*tuneJob
	for _, j := range jobs {
		if j.failed == "" && !j.upload.copied {
			scored = append(scored, j)
		}
	}
	// Uploads in commitment order: ScoreFineTune breaks ties of a block by
	// input order.
	slices.SortFunc(scored, func(a, b *tuneJob) int {
		return cmp.Or(cmp.Compare(a.upload.at.Block, b.upload.at.Block), cmp.Compare(a.upload.at.Seq, b.upload.at.Seq))
	})
	uploads := make([]scoring.Upload, len(scored))
	for i, j := range scored {
		uploads[i] = scoring.Upload{UID: j.miner.UID, Hash: j.upload.hash, Block: j.upload.at.Block,
			Loss: j.upload.evaluation.loss, Degenerate: j.upload.evaluation.degenerate}
	}
	params := scoring.DefaultFineTuneParams()
	params.EpsilonPermille, params.EpsilonDecayBlocks = sn.Scoring.EpsilonPermille, sn.Scoring.EpsilonDecayBlocks
	scores := scoring.ScoreFineTune(params, baseEval.loss, s.n.fsm.Block(), uploads)
	penalty := scoring.DefaultInferenceParams().Penalty
	for _, j := range jobs {
		switch {
		case j.failed != "":
			st.update(j.miner, penalty)
			s.n.log.Debug("fine-tune failed", "subnet", sn.ID, "uid", j.miner.UID, "reason", j.failed)
		case j.upload.copied:
			st.update(j.miner, 0)
			s.n.log.Info("fine-tune upload is a copy", "subnet", sn.ID, "uid", j.miner.UID, "weights", j.upload.hash)
		}
	}
	for i, j := range scored {
		st.update(j.miner, scores[i])
		s.n.log.Debug("fine-tune scored", "subnet", sn.ID, "uid", j.miner.UID, "loss", j.upload.evaluation.loss,
			"base", baseEval.loss, "score", scores[i])
	}
	r.jobs = nil
}

// FineTuneCommitter is a miner node's miner.Committer: it records each
// fine-tune commitment in the ledger (commit_finetune) through a
// validator's API, signed with the miner's hotkey.
type FineTuneCommitter struct {
	Client *Client
	Key    *ecdsa.PrivateKey
}

var _ miner.Committer = FineTuneCommitter{}

// CommitFineTune sends the commit_finetune; a rejection is an error.
func (c FineTuneCommitter) CommitFineTune(ctx context.Context, subnet uint16, commitment string) error {
	_, err := c.Client.Send(ctx, c.Key, ledger.TypeCommitFineTune, ledger.CommitFineTune{Subnet: subnet, Commitment: commitment})
	return err
}
