package validator

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator/ledger"
)

// RunTicker advances the ledger's block height by one every TickInterval
// while this node leads; followers wait. It returns when ctx ends.
func (n *Node) RunTicker(ctx context.Context) error {
	return every(ctx, n.cfg.TickInterval, func() {
		if !n.IsLeader() {
			return
		}
		resp, err := n.SubmitOwn(ctx, ledger.TypeTick, ledger.Tick{Block: n.fsm.Block() + 1})
		switch {
		case ctx.Err() != nil:
		case err != nil:
			n.log.Warn("tick failed", "err", err)
		case resp.Error != "":
			n.log.Warn("tick rejected", "err", resp.Error)
		}
	})
}

// Reference is a subnet's reference model as a validator runs it.
type Reference interface {
	Generate(prompt string, maxTokens int) ([]int, string, error)
}

// ScorerConfig tunes the scoring loop.
type ScorerConfig struct {
	// Interval between scoring rounds.
	Interval time.Duration
	// Prompts are sent to miners in turn.
	Prompts []string
	// MaxTokens is the length of each answer.
	MaxTokens int
	// Alpha is the weight of a new score in the per-miner moving average,
	// as a u16 proportion (65535 = 1).
	Alpha uint16
	// Timeout bounds one request to a miner.
	Timeout time.Duration
}

// DefaultScorerConfig returns the devnet's scoring settings.
func DefaultScorerConfig() ScorerConfig {
	return ScorerConfig{
		Interval:  time.Second,
		Prompts:   []string{"the quick brown fox", "agora pays for ", "once upon a time", "yuma consensus ", "stake weighted "},
		MaxTokens: 16,
		Alpha:     16384, // 0.25
		Timeout:   2 * time.Second,
	}
}

// scorer keeps one validator's moving-average scores per (subnet, uid, hotkey).
type scorer struct {
	cfg     ScorerConfig
	client  *http.Client
	ema     map[scoreKey]uint16
	round   int
	pending []pendingReveal
}

type scoreKey struct {
	subnet uint16
	uid    uint16
	hotkey common.Address
}

// RunScorer queries every miner of every inference subnet with a prompt,
// compares its answer with the reference model's, keeps a moving average of
// the agreement per miner, and submits the averages as this validator's
// weights whenever the subnet's rate limit allows. models maps a model hash
// to its reference. It returns when ctx ends.
func (n *Node) RunScorer(ctx context.Context, cfg ScorerConfig, models func(hash string) (Reference, bool)) error {
	s := &scorer{cfg: cfg, client: &http.Client{Timeout: cfg.Timeout}, ema: map[scoreKey]uint16{}}
	return every(ctx, cfg.Interval, func() {
		for _, sn := range n.fsm.Subnets() {
			if sn.Task != ledger.TaskInference {
				continue
			}
			ref, ok := models(sn.ModelHash)
			if !ok {
				n.log.Warn("no reference model for subnet", "subnet", sn.ID, "model", sn.ModelHash)
				continue
			}
			if err := n.scoreSubnet(ctx, s, sn, ref); err != nil && ctx.Err() == nil {
				n.log.Warn("scoring round failed", "subnet", sn.ID, "err", err)
			}
		}
		s.round++
	})
}

// every calls fn every d until ctx ends, the first time after d.
func every(ctx context.Context, d time.Duration, fn func()) error {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		fn()
	}
}

func (n *Node) scoreSubnet(ctx context.Context, s *scorer, sn ledger.SubnetView, ref Reference) error {
	me, registered := sn.UIDOf(n.addr)
	if !registered {
		return nil
	}
	prompt := s.cfg.Prompts[s.round%len(s.cfg.Prompts)]
	want, _, err := ref.Generate(prompt, s.cfg.MaxTokens)
	if err != nil {
		return err
	}
	var uids, values []uint16
	for _, nu := range sn.Neurons {
		if nu.Role != ledger.RoleMiner || nu.Axon == "" {
			continue
		}
		got, err := s.query(ctx, n, sn, nu, prompt)
		score := scoring.InferenceAgreement(want, got)
		if err != nil {
			score = 0 // a failed or malformed answer scores nothing
		}
		k := scoreKey{subnet: sn.ID, uid: nu.UID, hotkey: nu.Hotkey}
		old, seen := s.ema[k]
		if !seen {
			old = score
		}
		// ema ← ema + α·(score − ema), in u16 fixed point.
		a := uint64(s.cfg.Alpha)
		s.ema[k] = uint16((uint64(old)*(65535-a) + uint64(score)*a) / 65535)
		uids = append(uids, nu.UID)
		values = append(values, s.ema[k])
	}
	if len(uids) == 0 {
		return nil
	}
	return n.setScores(ctx, s, sn, sn.Neurons[me], uids, values)
}

// setScores submits a weight vector of this validator (self) on subnet sn:
// with commit-reveal, it first reveals the commits that are due, then
// commits the vector at most once an epoch; without, it sets it. Nothing
// is sent while the weights rate limit holds.
func (n *Node) setScores(ctx context.Context, s *scorer, sn ledger.SubnetView, self ledger.NeuronView, uids, values []uint16) error {
	if sn.Hyperparams.CommitRevealEnabled {
		if err := n.revealDue(ctx, s, sn); err != nil {
			return err
		}
	}
	if self.LastUpdate != 0 && n.fsm.Block() < self.LastUpdate+sn.Hyperparams.WeightsRateLimit {
		return nil // rate-limited: keep scoring, submit later
	}
	if sn.Hyperparams.CommitRevealEnabled {
		return n.commit(ctx, s, sn, uids, values)
	}
	return n.submitChecked(ctx, ledger.TypeSetWeights, ledger.SetWeights{Subnet: sn.ID, UIDs: uids, Values: values})
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
func (n *Node) commit(ctx context.Context, s *scorer, sn ledger.SubnetView, uids, values []uint16) error {
	for _, p := range s.pending {
		if p.subnet == sn.ID && p.revealEpoch == sn.EpochIndex+uint64(sn.Hyperparams.RevealPeriodEpochs) {
			return nil // already committed in this epoch
		}
	}
	salt := make([]byte, 32)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	hash := ledger.CommitHash(n.addr, sn.ID, uids, values, salt, sn.Hyperparams.WeightsVersionKey)
	if err := n.submitChecked(ctx, ledger.TypeCommitWeights, ledger.CommitWeights{Subnet: sn.ID, Hash: hash}); err != nil {
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
func (n *Node) revealDue(ctx context.Context, s *scorer, sn ledger.SubnetView) error {
	kept := s.pending[:0]
	var errs []error
	for _, p := range s.pending {
		switch {
		case p.subnet != sn.ID || p.revealEpoch > sn.EpochIndex:
			kept = append(kept, p)
		case p.revealEpoch == sn.EpochIndex:
			errs = append(errs, n.submitChecked(ctx, ledger.TypeRevealWeights, ledger.RevealWeights{
				Subnet: sn.ID, UIDs: p.uids, Values: p.values, Salt: p.salt, VersionKey: sn.Hyperparams.WeightsVersionKey,
			}))
		}
	}
	s.pending = kept
	return errors.Join(errs...)
}

// query asks a miner for its answer to prompt with a request signed by
// this validator (the axon admits only permit holders) and returns the
// tokens of the miner's signed answer.
func (s *scorer) query(ctx context.Context, n *Node, sn ledger.SubnetView, nu ledger.NeuronView, prompt string) ([]int, error) {
	c := miner.NewClient(nu.Axon, miner.ClientConfig{Key: n.cfg.Key, ChainID: n.chainID, Subnet: sn.ID, Miner: nu.Hotkey, HTTP: s.client})
	resp, _, err := c.Infer(ctx, miner.InferRequest{Prompt: prompt, MaxTokens: s.cfg.MaxTokens})
	if err != nil {
		return nil, err
	}
	return resp.Tokens, nil
}
