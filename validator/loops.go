package validator

import (
	"context"
	"time"

	"github.com/agora-net/agora/validator/ledger"
)

// RunTicker advances the ledger's block height by one every TickInterval
// while this node leads; followers wait. It returns when ctx ends.
func (n *Node) RunTicker(ctx context.Context) error {
	t := time.NewTicker(n.cfg.TickInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if !n.IsLeader() {
			continue
		}
		resp, err := n.SubmitOwn(ctx, ledger.TypeTick, ledger.Tick{Block: n.fsm.Block() + 1})
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			n.log.Warn("tick failed", "err", err)
		case resp.Error != "":
			n.log.Warn("tick rejected", "err", resp.Error)
		}
	}
}
