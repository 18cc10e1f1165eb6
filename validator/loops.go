package validator

import (
	"context"
	"time"

	"github.com/agora-net/agora/validator/ledger"
)

// RunTicker advances the ledger's block height by one every TickInterval
// while this node leads; followers wait. It returns when ctx ends.
func (n *Node) RunTicker(ctx context.Context) error {
	every(ctx, n.cfg.TickInterval, func() {
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
	return nil
}

// every calls f every d (after the first d) until ctx ends.
func every(ctx context.Context, d time.Duration, f func()) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		f()
	}
}

// whileLeader runs round every interval while this node leads, until ctx
// ends; after a failed round, which it logs as what's, the pause doubles
// (up to 10 s) until a round succeeds. The leader's workers (settlement,
// slashing) run this way.
func (n *Node) whileLeader(ctx context.Context, interval time.Duration, what string, round func(context.Context) error) {
	backoff := interval
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		if !n.IsLeader() {
			continue
		}
		if err := round(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			n.log.Warn(what+" failed; will retry", "err", err)
			backoff = min(2*backoff, 10*time.Second)
			continue
		}
		backoff = interval
	}
}
