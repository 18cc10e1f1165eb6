package validator

import (
	"context"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/agora-net/agora/validator/ledger"
)

// ComparisonSource produces new comparisons for a preference subnet's
// pool: at most max of them.
type ComparisonSource interface {
	Comparisons(ctx context.Context, subnet ledger.SubnetView, max int) ([]ledger.Comparison, error)
}

// FeedConfig tunes RunComparisonFeed.
type FeedConfig struct {
	// Interval between looks at the pools.
	Interval time.Duration
	// Target is the pool size the feed tops each preference subnet up to.
	Target int
}

// DefaultFeedConfig looks every 2 seconds and keeps 256 comparisons
// pending.
func DefaultFeedConfig() FeedConfig { return FeedConfig{Interval: 2 * time.Second, Target: 256} }

// RunComparisonFeed keeps the pool of every preference subnet filled to
// cfg.Target with src's comparisons while this node leads (one node adds,
// so that the validators do not race each other), signing add_comparisons
// with the node's key, a genesis validator's. It returns when ctx ends.
func (n *Node) RunComparisonFeed(ctx context.Context, cfg FeedConfig, src ComparisonSource) error {
	every(ctx, cfg.Interval, func() {
		if !n.IsLeader() {
			return
		}
		for _, sn := range n.fsm.SubnetSummaries() {
			if sn.Task != ledger.TaskPreference || sn.Labeling == nil || sn.Labeling.Pending >= cfg.Target {
				continue
			}
			if err := n.feed(ctx, src, sn, min(cfg.Target-sn.Labeling.Pending, ledger.MaxPendingComparisons)); err != nil && ctx.Err() == nil {
				n.log.Warn("comparison feed failed", "subnet", sn.ID, "err", err)
			}
		}
	})
	return nil
}

func (n *Node) feed(ctx context.Context, src ComparisonSource, sn ledger.SubnetView, want int) error {
	cs, err := src.Comparisons(ctx, sn, want)
	if err != nil || len(cs) == 0 {
		return err
	}
	for part := range slices.Chunk(cs, 32) {
		if err := n.submitChecked(ctx, ledger.TypeAddComparisons, ledger.AddComparisons{Subnet: sn.ID, Comparisons: part}); err != nil {
			return err
		}
	}
	return nil
}

// MinerAnswers is a ComparisonSource of miners' outputs: it asks the
// miners of an inference subnet for their answers to a prompt and pairs
// every two different answers as a comparison, prompts taken in turn.
type MinerAnswers struct {
	// Subnet is the inference subnet whose miners answer.
	Subnet uint16
	// Prompts are asked in turn.
	Prompts []string
	// Ask returns a miner's answer to prompt (the text of its output);
	// failures are skipped.
	Ask func(ctx context.Context, miner ledger.NeuronView, prompt string) (string, error)
	// Ledger reads the inference subnet.
	Ledger interface {
		Subnet(id uint16) (ledger.SubnetView, bool)
	}

	next int
}

var _ ComparisonSource = (*MinerAnswers)(nil)

// Comparisons implements ComparisonSource: it goes through the prompts at
// most once per call, asking every miner with an axon of the inference
// subnet, until it has max comparisons; answers too long for a comparison
// (ledger.MaxComparisonText) or not UTF-8 are skipped.
func (m *MinerAnswers) Comparisons(ctx context.Context, _ ledger.SubnetView, max int) ([]ledger.Comparison, error) {
	src, ok := m.Ledger.Subnet(m.Subnet)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ledger.ErrUnknownSubnet, m.Subnet)
	}
	var out []ledger.Comparison
	for range m.Prompts {
		if len(out) >= max || ctx.Err() != nil {
			break
		}
		prompt := m.Prompts[m.next%len(m.Prompts)]
		m.next++
		var answers []string
		for _, nu := range src.Neurons {
			if nu.Role != ledger.RoleMiner || nu.Axon == "" {
				continue
			}
			a, err := m.Ask(ctx, nu, prompt)
			if err != nil || len(a) > ledger.MaxComparisonText || !utf8.ValidString(a) || slices.Contains(answers, a) {
				continue
			}
			answers = append(answers, a)
		}
		for i := range answers {
			for j := i + 1; j < len(answers) && len(out) < max; j++ {
				out = append(out, ledger.Comparison{Prompt: prompt, A: answers[i], B: answers[j]})
			}
		}
	}
	return out, nil
}
