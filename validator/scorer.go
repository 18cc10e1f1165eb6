package validator

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator/ledger"
)

// Models finds the models a validator scores with: a subnet's reference
// (inference) or base (fine-tune) model, by its hash. The scorer calls a
// model from one goroutine at a time per round, but a model shared with
// other users is serialised by its own lock: give each validator its own.
type Models interface {
	Model(hash string) (*model.LM, bool)
}

// ModelSet is a Models of fixed models, keyed by their hashes.
type ModelSet map[string]*model.LM

var _ Models = ModelSet(nil)

// NewModelSet returns the set of the given models.
func NewModelSet(models ...*model.LM) ModelSet {
	s := ModelSet{}
	for _, m := range models {
		s[m.Hash()] = m
	}
	return s
}

// Model returns the model of that hash.
func (s ModelSet) Model(hash string) (*model.LM, bool) {
	m, ok := s[hash]
	return m, ok
}

// ScorerConfig tunes RunScorer.
type ScorerConfig struct {
	// Interval is the time between scoring rounds; each round sends every
	// miner of every inference subnet one prompt.
	Interval time.Duration
	// Prompts are sent in turn, one a round.
	Prompts []string
	// MaxTokens is the length of each answer asked for.
	MaxTokens int
	// Alpha is the weight of a new score in each miner's moving average
	// (scoring.MovingAverage), in (0, 1]; default scoring.DefaultAlpha
	// (0.05).
	Alpha scoring.I32F32
	// Timeout bounds one inference request; an answer later than that is
	// a failed one (the penalty).
	Timeout time.Duration
	// Parallel is how many miners are queried at once.
	Parallel int

	// HardwareClasses are the classes a miner may claim, with their
	// compute challenges; default scoring.DefaultHardwareClasses().
	HardwareClasses []scoring.HardwareClass
	// HardwareInterval is how often each miner's hardware claim is checked
	// again; a miner is checked when first seen.
	HardwareInterval time.Duration
	// OpenRows is how many result rows a challenge opens.
	OpenRows int

	// FineTuneInterval is the time between fine-tune rounds: each asks
	// every miner of every fine-tune subnet for a job of FineTuneSteps
	// steps and scores the uploads once all are in (or FineTuneTimeout
	// passed).
	FineTuneInterval time.Duration
	FineTuneSteps    int
	FineTuneTimeout  time.Duration
	// HeldOut is the held-out text uploads are evaluated on, which miners
	// never train on (corpus.HeldOut()); each validator evaluates a window
	// of EvalBytes bytes of it at an offset drawn from its own secret.
	// Required to score fine-tune subnets.
	HeldOut   []byte
	EvalBytes int
	// SampleTokens is the length of the greedy sample of an upload that
	// is checked for degenerate repetition (scoring.Degenerate).
	SampleTokens int
}

// DefaultScorerConfig returns a round a second, 16-token answers, α 0.05,
// 2-second answers, 8 miners at once, hardware re-checked every 5
// minutes with 8 opened rows, and a fine-tune round every 30 seconds of
// 100-step jobs (2 minutes at most) evaluated on 2 KiB of held-out text
// with a 64-token sample. HeldOut is empty: set it to score fine-tuning.
func DefaultScorerConfig() ScorerConfig {
	return ScorerConfig{
		Interval:         time.Second,
		Prompts:          []string{"the quick brown fox", "agora pays for ", "once upon a time", "yuma consensus ", "stake weighted "},
		MaxTokens:        16,
		Alpha:            scoring.DefaultAlpha,
		Timeout:          2 * time.Second,
		Parallel:         8,
		HardwareClasses:  scoring.DefaultHardwareClasses(),
		HardwareInterval: 5 * time.Minute,
		OpenRows:         8,
		FineTuneInterval: 30 * time.Second,
		FineTuneSteps:    100,
		FineTuneTimeout:  2 * time.Minute,
		EvalBytes:        2048,
		SampleTokens:     64,
	}
}

// Validate reports the first field out of range.
func (c ScorerConfig) Validate() error {
	switch {
	case c.Interval <= 0 || c.Timeout <= 0 || c.HardwareInterval <= 0 || c.FineTuneInterval <= 0 || c.FineTuneTimeout <= 0:
		return errors.New("validator: scorer: intervals and timeouts must be positive")
	case len(c.Prompts) == 0:
		return errors.New("validator: scorer: no prompts")
	case c.MaxTokens < 1 || c.MaxTokens > model.MaxGenerate:
		return fmt.Errorf("validator: scorer: max tokens %d not in [1, %d]", c.MaxTokens, model.MaxGenerate)
	case c.Alpha <= 0 || c.Alpha > scoring.One:
		return errors.New("validator: scorer: alpha must be in (0, 1]")
	case c.Parallel < 1:
		return errors.New("validator: scorer: parallel must be at least 1")
	case c.OpenRows < 1:
		return errors.New("validator: scorer: open rows must be at least 1")
	case c.FineTuneSteps < 1 || c.EvalBytes < 1 || c.SampleTokens < 1 || c.SampleTokens > model.MaxGenerate:
		return errors.New("validator: scorer: fine-tune steps, eval bytes and sample tokens must be positive")
	}
	for _, hc := range c.HardwareClasses {
		if err := (scoring.Challenge{N: hc.N}).Validate(); err != nil {
			return fmt.Errorf("validator: scorer: hardware class %q: %w", hc.Name, err)
		}
	}
	return nil
}

// scorer is one validator's scoring state.
type scorer struct {
	n       *Node
	cfg     ScorerConfig
	models  Models
	client  *http.Client
	secret  [32]byte // seeds the sampled positions and the held-out window
	window  []byte   // the held-out window uploads are evaluated on
	round   int
	subnets map[uint16]*subnetScores
	pending []pendingReveal
	// losses caches evaluated weight files by hash; uploads are verified
	// concurrently, hence lossMu.
	lossMu sync.Mutex
	losses map[string]evaluation
}

// cachedLoss returns the evaluation of the weight file with hash h, if
// cached.
func (s *scorer) cachedLoss(h string) (evaluation, bool) {
	s.lossMu.Lock()
	defer s.lossMu.Unlock()
	e, ok := s.losses[h]
	return e, ok
}

// storeLoss caches the evaluation of the weight file with hash h, clearing
// the cache when it holds maxEvaluations.
func (s *scorer) storeLoss(h string, e evaluation) {
	s.lossMu.Lock()
	defer s.lossMu.Unlock()
	if len(s.losses) >= maxEvaluations {
		clear(s.losses)
	}
	s.losses[h] = e
}

// subnetScores is what the scorer keeps of one subnet.
type subnetScores struct {
	avg      *scoring.MovingAverage
	hotkeys  map[uint16]common.Address // whose average each uid holds
	hardware map[uint16]hardwareCheck
	reported map[common.Address]uint64 // hotkey → 1 + epoch index of its last report
	tune     fineTuneRound
}

// hardwareCheck is the last verdict on a miner's hardware claim.
type hardwareCheck struct {
	hotkey common.Address
	class  string
	holds  bool
	at     time.Time
}

// RunScorer scores the miners of every inference and fine-tune subnet on
// which this node is a registered validator, round after round, and
// submits the scores as its weights whenever the subnet's rate limit
// allows (committed and revealed while the subnet has commit-reveal on).
// It returns when ctx ends.
//
//   - Hardware: each miner's declared class (or "cpu") is checked with the
//     compute challenge when first seen and every HardwareInterval (a fifth
//     of it after a failed check); a miner whose claim does not hold gets
//     weight 0 on that subnet.
//   - Inference: every miner gets the round's prompt; the reference model
//     recomputes the sampled positions (scoring.SamplePositions, seeded by
//     this validator's secret and the miner's signature, so the miner
//     cannot know them) and scoring.ScoreInference scores the answer with
//     the latency factor; a failed, late, unsigned, empty or malformed
//     answer, or one for another model, scores the penalty. An answer
//     whose token differs from the reference's at a checked position is a
//     proven wrong answer (greedy decoding is deterministic): it scores
//     the penalty too, not the share of positions it happened to get
//     right, and its evidence is kept (GET /v1/evidence) and reported to
//     the ledger once per miner and epoch.
//   - Fine-tuning: see scoreFineTune.
//
// Scores feed one scoring.MovingAverage per subnet (α = cfg.Alpha), reset
// for a uid whose hotkey changes; the weights are its normalised u16
// vector (MovingAverage.Weights).
func (n *Node) RunScorer(ctx context.Context, cfg ScorerConfig, models Models) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	s := &scorer{n: n, cfg: cfg, models: models, client: &http.Client{}, subnets: map[uint16]*subnetScores{}, losses: map[string]evaluation{}}
	if _, err := rand.Read(s.secret[:]); err != nil {
		return fmt.Errorf("validator: scorer secret: %w", err)
	}
	if len(cfg.HeldOut) > 0 {
		size := min(cfg.EvalBytes, len(cfg.HeldOut))
		off := binary.BigEndian.Uint64(s.secret[:8]) % uint64(len(cfg.HeldOut)-size+1)
		s.window = cfg.HeldOut[off : off+uint64(size)]
	}
	every(ctx, cfg.Interval, func() {
		s.scoreRound(ctx)
		s.round++
	})
	return nil
}

// scoreRound runs one round over every subnet.
func (s *scorer) scoreRound(ctx context.Context) {
	for _, sn := range s.n.fsm.SubnetSummaries() {
		if sn.Task != ledger.TaskInference && sn.Task != ledger.TaskFineTune {
			continue
		}
		me, ok := sn.UIDOf(s.n.addr)
		if !ok || sn.Neurons[me].Role != ledger.RoleValidator {
			continue
		}
		st := s.state(sn)
		miners := servingMiners(sn)
		s.checkHardware(ctx, sn, st, miners)
		switch sn.Task {
		case ledger.TaskInference:
			s.scoreInference(ctx, sn, st, miners)
		case ledger.TaskFineTune:
			s.scoreFineTune(ctx, sn, st, miners)
		}
		if ctx.Err() != nil {
			return
		}
		if err := s.submit(ctx, sn.ID, st); err != nil && ctx.Err() == nil {
			s.n.log.Warn("submitting weights failed", "subnet", sn.ID, "err", err)
		}
	}
}

// state returns the subnet's scores, forgetting the uids whose hotkey
// changed or that are no longer miners.
func (s *scorer) state(sn ledger.SubnetView) *subnetScores {
	st := s.subnets[sn.ID]
	if st == nil {
		st = &subnetScores{
			avg: scoring.NewMovingAverage(s.cfg.Alpha), hotkeys: map[uint16]common.Address{},
			hardware: map[uint16]hardwareCheck{}, reported: map[common.Address]uint64{},
		}
		s.subnets[sn.ID] = st
	}
	for _, uid := range st.avg.UIDs() {
		if int(uid) >= len(sn.Neurons) || sn.Neurons[uid].Hotkey != st.hotkeys[uid] || sn.Neurons[uid].Role != ledger.RoleMiner {
			st.avg.Reset(uid)
			delete(st.hotkeys, uid)
			delete(st.hardware, uid)
		}
	}
	return st
}

// update folds a miner's score into its average.
func (st *subnetScores) update(nu ledger.NeuronView, score scoring.I32F32) {
	st.hotkeys[nu.UID] = nu.Hotkey
	st.avg.Update(nu.UID, score)
}

// servingMiners returns the subnet's miners that have an axon, by uid.
func servingMiners(sn ledger.SubnetView) []ledger.NeuronView {
	var out []ledger.NeuronView
	for _, nu := range sn.Neurons {
		if nu.Role == ledger.RoleMiner && nu.Axon != "" {
			out = append(out, nu)
		}
	}
	return out
}

// forEach runs f on every item, at most limit at once, and waits.
func forEach[T any](limit int, items []T, f func(int, T)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, limit)
	for i, it := range items {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			f(i, it)
		}()
	}
	wg.Wait()
}

// clientFor returns a signed client of a miner's axon on the subnet.
func (s *scorer) clientFor(sn ledger.SubnetView, nu ledger.NeuronView) *miner.Client {
	return miner.NewClient(nu.Axon, miner.ClientConfig{Key: s.n.cfg.Key, ChainID: s.n.chainID, Subnet: sn.ID, Miner: nu.Hotkey, HTTP: s.client})
}

// claimedClass is the hardware class a miner declared, "cpu" when none.
func claimedClass(nu ledger.NeuronView) string {
	if nu.Hardware != nil {
		return nu.Hardware.Class
	}
	return scoring.ClassCPU
}

// checkHardware checks the hardware claims that are due.
func (s *scorer) checkHardware(ctx context.Context, sn ledger.SubnetView, st *subnetScores, miners []ledger.NeuronView) {
	var due []ledger.NeuronView
	now := time.Now()
	for _, nu := range miners {
		h, ok := st.hardware[nu.UID]
		every := s.cfg.HardwareInterval
		if !h.holds {
			every /= 5 // a failed check may have been bad luck: look again sooner
		}
		if !ok || h.hotkey != nu.Hotkey || h.class != claimedClass(nu) || now.Sub(h.at) >= every {
			due = append(due, nu)
		}
	}
	verdicts := make([]hardwareCheck, len(due))
	forEach(s.cfg.Parallel, due, func(i int, nu ledger.NeuronView) {
		verdicts[i] = s.checkOne(ctx, sn, nu)
	})
	if ctx.Err() != nil {
		return
	}
	for i, nu := range due {
		old, seen := st.hardware[nu.UID]
		if !seen || old.holds != verdicts[i].holds || old.hotkey != nu.Hotkey {
			s.n.log.Info("hardware claim checked", "subnet", sn.ID, "uid", nu.UID, "class", verdicts[i].class, "holds", verdicts[i].holds)
		}
		st.hardware[nu.UID] = verdicts[i]
	}
}

// checkOne runs the compute challenge of a miner's claimed class.
func (s *scorer) checkOne(ctx context.Context, sn ledger.SubnetView, nu ledger.NeuronView) hardwareCheck {
	h := hardwareCheck{hotkey: nu.Hotkey, class: claimedClass(nu), at: time.Now()}
	class, ok := scoring.FindClass(s.cfg.HardwareClasses, h.class)
	if !ok {
		s.n.log.Info("unknown hardware class claimed", "subnet", sn.ID, "uid", nu.UID, "class", h.class)
		return h
	}
	var seed, open [32]byte
	_, _ = rand.Read(seed[:])
	_, _ = rand.Read(open[:])
	cctx, cancel := context.WithTimeout(ctx, time.Duration(class.MaxMillis)*time.Millisecond+2*s.cfg.Timeout)
	defer cancel()
	v, err := s.clientFor(sn, nu).CheckHardware(cctx, class, seed, open, s.cfg.OpenRows)
	if err != nil {
		s.n.log.Warn("hardware check failed", "subnet", sn.ID, "uid", nu.UID, "err", err)
		return h
	}
	if !v.Holds {
		s.n.log.Debug("hardware claim does not hold", "subnet", sn.ID, "uid", nu.UID, "class", h.class, "reason", v.Reason)
	}
	h.holds = v.Holds
	return h
}

// inferenceParams are the subnet's inference scoring parameters.
func inferenceParams(sc ledger.Scoring) scoring.InferenceParams {
	p := scoring.DefaultInferenceParams()
	p.SamplePermille, p.CosinePassPermille, p.LatencyTargetMS = sc.SamplePositionsPermille, sc.CosinePassPermille, sc.LatencyTargetMS
	p.TopK = min(int(sc.TopK), model.MaxTopK)
	return p
}

// inferOutcome is one miner's scored answer.
type inferOutcome struct {
	res   scoring.InferenceResult
	wrong *WrongAnswer // a proven wrong answer
	err   error        // the validator's own failure: no score
}

// scoreInference sends the round's prompt to every miner and scores the
// answers.
func (s *scorer) scoreInference(ctx context.Context, sn ledger.SubnetView, st *subnetScores, miners []ledger.NeuronView) {
	ref, ok := s.models.Model(sn.ModelHash)
	if !ok {
		s.n.log.Warn("no reference model for subnet", "subnet", sn.ID, "model", sn.ModelHash)
		return
	}
	prompt := s.cfg.Prompts[s.round%len(s.cfg.Prompts)]
	params := inferenceParams(sn.Scoring)
	out := make([]inferOutcome, len(miners))
	forEach(s.cfg.Parallel, miners, func(i int, nu ledger.NeuronView) {
		out[i] = s.inferOne(ctx, sn, nu, ref, prompt, params)
	})
	if ctx.Err() != nil {
		return
	}
	for i, nu := range miners {
		o := out[i]
		if o.err != nil {
			s.n.log.Warn("could not score an answer", "subnet", sn.ID, "uid", nu.UID, "err", o.err)
			continue
		}
		st.update(nu, o.res.Score)
		s.n.log.Debug("inference scored", "subnet", sn.ID, "uid", nu.UID, "score", o.res.Score, "checked", o.res.Checked,
			"passed", o.res.Passed, "malformed", o.res.Malformed)
		if o.wrong != nil {
			s.keepEvidence(ctx, sn, st, *o.wrong)
		}
	}
}

// penalty is the result of a failed or refused answer.
func penalty(p scoring.InferenceParams, why string) inferOutcome {
	return inferOutcome{res: scoring.InferenceResult{Score: min(p.Penalty, 0), Malformed: why, MinCosine: scoring.One}}
}

// inferOne queries one miner and scores its answer.
func (s *scorer) inferOne(ctx context.Context, sn ledger.SubnetView, nu ledger.NeuronView, ref *model.LM, prompt string,
	p scoring.InferenceParams) inferOutcome {
	rctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	start := time.Now()
	resp, ev, err := s.clientFor(sn, nu).Infer(rctx, miner.InferRequest{Prompt: prompt, MaxTokens: s.cfg.MaxTokens, TopK: p.TopK})
	latency := time.Since(start)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return inferOutcome{err: ctx.Err()}
		}
		return penalty(p, "request failed: "+err.Error())
	}
	committed := nu.ModelHash
	if committed == "" {
		committed = sn.ModelHash
	}
	if resp.ModelHash != committed {
		return penalty(p, fmt.Sprintf("answered for model %.64q, committed to %s", resp.ModelHash, committed))
	}
	answer := resp.Positions()
	text := []byte(prompt)
	for _, t := range resp.Tokens {
		if t < 0 || t >= model.Vocab {
			return penalty(p, fmt.Sprintf("token %d outside the vocabulary", t))
		}
		text = append(text, byte(t))
	}
	seed := crypto.Keccak256Hash(s.secret[:], ev.Response.Signature)
	sampled := scoring.SamplePositions(seed, len(answer), p.SamplePermille)
	abs := make([]int, len(sampled))
	for i, pos := range sampled {
		abs[i] = len(prompt) + pos
	}
	steps, err := ref.LogProbs(text, abs, p.TopK)
	if err != nil {
		return inferOutcome{err: err}
	}
	refs := make([]scoring.Reference, len(sampled))
	mismatches := 0
	for i, st := range steps {
		refs[i] = scoring.Reference{Index: sampled[i], Token: int(st.Token), TopK: make([]scoring.TokenLogProb, len(st.TopK))}
		for j, e := range st.TopK {
			refs[i].TopK[j] = scoring.TokenLogProb{Token: int(e.Token), LogProb: e.LogProb}
		}
		if sampled[i] < len(answer) && answer[sampled[i]].Token != int(st.Token) {
			mismatches++
		}
	}
	out := inferOutcome{res: scoring.ScoreInference(p, answer, s.cfg.MaxTokens, refs, uint32(min(latency.Milliseconds(), 1<<31)))}
	if mismatches > 0 && out.res.Malformed == "" {
		// Greedy decoding is deterministic: a token other than the
		// reference's is not the committed model's answer, whatever the
		// other positions hold. No partial credit.
		out.res.Score = min(p.Penalty, 0)
	}
	if mismatches > 0 && ev.Verify() == nil {
		out.wrong = &WrongAnswer{
			Hash: ev.Hash(), Subnet: sn.ID, UID: nu.UID, Miner: nu.Hotkey, Model: committed, Prompt: prompt,
			Reason:   fmt.Sprintf("%d of %d checked positions carry another token than model %.16s… gives", mismatches, len(sampled), committed),
			Evidence: *ev,
		}
	}
	return out
}

// keepEvidence keeps a wrong answer and, once per miner and epoch, reports
// it to the ledger (this validator must hold a permit).
func (s *scorer) keepEvidence(ctx context.Context, sn ledger.SubnetView, st *subnetScores, w WrongAnswer) {
	s.n.evidence.put(w)
	me, _ := sn.UIDOf(s.n.addr)
	if !sn.Neurons[me].ValidatorPermit || st.reported[w.Miner] == sn.EpochIndex+1 {
		return
	}
	resp, err := s.n.SubmitOwn(ctx, ledger.TypeReportEvidence, ledger.ReportEvidence{Subnet: sn.ID, Hotkey: w.Miner, Evidence: w.Hash})
	if err != nil {
		s.n.log.Warn("reporting a wrong answer failed", "subnet", sn.ID, "uid", w.UID, "err", err)
		return
	}
	st.reported[w.Miner] = sn.EpochIndex + 1
	if resp.Error != "" {
		s.n.log.Debug("wrong answer not recorded", "subnet", sn.ID, "uid", w.UID, "reason", resp.Error)
		return
	}
	s.n.log.Info("wrong answer reported", "subnet", sn.ID, "uid", w.UID, "miner", w.Miner.Hex(), "evidence", w.Hash.Hex(), "reason", w.Reason)
}

// submit sends the subnet's weights when the rate limit allows: the
// moving averages of its miners, normalised (MovingAverage.Weights), with
// 0 for a miner whose hardware claim does not hold; entries of 0 are left
// out.
func (s *scorer) submit(ctx context.Context, id uint16, st *subnetScores) error {
	sn, ok := s.n.fsm.Subnet(id)
	if !ok {
		return nil
	}
	me, ok := sn.UIDOf(s.n.addr)
	if !ok {
		return nil
	}
	all := st.avg.UIDs()
	disqualified := make([]bool, len(all))
	for i, uid := range all {
		h, checked := st.hardware[uid]
		disqualified[i] = checked && !h.holds
	}
	var uids, values []uint16
	for i, w := range st.avg.Weights(all, disqualified) {
		if w > 0 {
			uids, values = append(uids, all[i]), append(values, w)
		}
	}
	if len(uids) == 0 {
		if sn.Hyperparams.CommitRevealEnabled {
			return s.revealDue(ctx, sn) // earlier commits still come due
		}
		return nil
	}
	return s.setScores(ctx, sn, sn.Neurons[me], uids, values)
}

// setScores submits a weight vector of this validator (self) on subnet sn:
// with commit-reveal, it first reveals the commits that are due, then
// commits the vector at most once an epoch; without, it sets it. Nothing
// is sent while the weights rate limit holds.
func (s *scorer) setScores(ctx context.Context, sn ledger.SubnetView, self ledger.NeuronView, uids, values []uint16) error {
	if sn.Hyperparams.CommitRevealEnabled {
		if err := s.revealDue(ctx, sn); err != nil {
			return err
		}
	}
	if self.LastUpdate != 0 && s.n.fsm.Block() < self.LastUpdate+sn.Hyperparams.WeightsRateLimit {
		return nil // rate-limited: keep scoring, submit later
	}
	if sn.Hyperparams.CommitRevealEnabled {
		return s.commit(ctx, sn, uids, values)
	}
	return s.n.submitChecked(ctx, ledger.TypeSetWeights, ledger.SetWeights{Subnet: sn.ID, UIDs: uids, Values: values})
}

// submitChecked submits a command of this node's key (SubmitOwn); a
// rejection by the ledger is an error wrapping ErrRejected.
func (n *Node) submitChecked(ctx context.Context, typ string, payload any) error {
	resp, err := n.SubmitOwn(ctx, typ, payload)
	if err != nil {
		return err
	}
	if resp.Error != "" {
		return fmt.Errorf("%w: %s: %s", ErrRejected, typ, resp.Error)
	}
	return nil
}

// pendingReveal is a weight vector committed and not yet revealed.
type pendingReveal struct {
	subnet       uint16
	revealEpoch  uint64
	uids, values []uint16
	salt         []byte
}

// commit commits this round's weights with a fresh salt, at most once per
// epoch of the subnet (the ledger keeps at most 10 unrevealed commits), and
// remembers them for the reveal one reveal period later (YUMA.md §8.4).
func (s *scorer) commit(ctx context.Context, sn ledger.SubnetView, uids, values []uint16) error {
	for _, p := range s.pending {
		if p.subnet == sn.ID && p.revealEpoch == sn.EpochIndex+uint64(sn.Hyperparams.RevealPeriodEpochs) {
			return nil // already committed in this epoch
		}
	}
	salt := make([]byte, 32)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	hash := ledger.CommitHash(s.n.addr, sn.ID, uids, values, salt, sn.Hyperparams.WeightsVersionKey)
	if err := s.n.submitChecked(ctx, ledger.TypeCommitWeights, ledger.CommitWeights{Subnet: sn.ID, Hash: hash}); err != nil {
		return err
	}
	s.pending = append(s.pending, pendingReveal{
		subnet: sn.ID, revealEpoch: sn.EpochIndex + uint64(sn.Hyperparams.RevealPeriodEpochs),
		uids: uids, values: values, salt: salt,
	})
	return nil
}

// revealDue reveals the commits whose reveal epoch has come and forgets
// those whose epoch has passed.
func (s *scorer) revealDue(ctx context.Context, sn ledger.SubnetView) error {
	kept := s.pending[:0]
	var errs []error
	for _, p := range s.pending {
		switch {
		case p.subnet != sn.ID || p.revealEpoch > sn.EpochIndex:
			kept = append(kept, p)
		case p.revealEpoch == sn.EpochIndex:
			errs = append(errs, s.n.submitChecked(ctx, ledger.TypeRevealWeights, ledger.RevealWeights{
				Subnet: sn.ID, UIDs: p.uids, Values: p.values, Salt: p.salt, VersionKey: sn.Hyperparams.WeightsVersionKey,
			}))
		}
	}
	s.pending = kept
	return errors.Join(errs...)
}
