package devnet

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/chain"
)

// stakingUnbondingBlocks is the devnet staking contract's unbonding
// period: a day of 12-second blocks, as DeployContracts' default.
const stakingUnbondingBlocks = 7200

// setupStaking stakes minerStake for every miner, itself, on the devnet's
// Staking contract (whose SLASHER_ROLE is the devnet's slasher key), so
// that a cheater has stake to lose. The deployer, the token's admin, grants
// itself MINTER_ROLE and mints each miner what it stakes, once: a miner
// that has a stake already is left alone.
func setupStaking(ctx context.Context, st *state, token *chain.Token, staking *chain.Staking, minerStake uint64, p *printer) (*chain.Staking, error) {
	deployer := st.key(st.Deployer)
	if minerStake == 0 {
		return staking, nil
	}
	var unstaked []minerState
	for _, m := range st.Miners {
		have, err := staking.StakeOf(ctx, st.key(m.Key).addr())
		if err != nil {
			return nil, err
		}
		if have.Sign() == 0 {
			unstaked = append(unstaked, m)
		}
	}
	if len(unstaked) == 0 {
		return staking, nil
	}
	if _, err := token.GrantRole(ctx, deployer.priv, chain.MinterRole, deployer.addr()); err != nil {
		return nil, err
	}
	// One transaction per block would take seconds: the miners mint,
	// approve and stake side by side.
	g, gctx := errgroup.WithContext(ctx)
	for _, m := range unstaked {
		g.Go(func() error {
			k := st.key(m.Key)
			if _, err := token.Mint(gctx, deployer.priv, k.addr(), minerStake); err != nil {
				return err
			}
			if _, err := token.Approve(gctx, k.priv, staking.Address(), minerStake); err != nil {
				return err
			}
			if _, err := staking.Stake(gctx, k.priv, k.addr(), minerStake); err != nil {
				return err
			}
			p.printf("Miner %s staked %d base units on %s\n", m.Name, minerStake, staking.Address().Hex())
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return staking, nil
}
