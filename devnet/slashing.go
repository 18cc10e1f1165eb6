package devnet

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/chain"
)

// stakingUnbondingBlocks is the devnet staking contract's unbonding
// period: a day of 12-second blocks, as DeployContracts' default.
const stakingUnbondingBlocks = 7200

// setupStaking gives the devnet what slashing needs on chain: a Staking
// contract for the devnet's token whose SLASHER_ROLE is the devnet's
// slasher key (deployed at the first start, its address kept in the
// state), and minerStake staked by every miner for itself. The deployer,
// the token's admin, grants itself MINTER_ROLE and mints each miner what
// it stakes, once: a miner that has a stake already is left alone. It is
// separate from the chain's setup so that a devnet deploying the full
// contract set (DeployContracts, whose Staking contract has the slasher)
// can take its Staking contract from there instead.
func setupStaking(ctx context.Context, sim *chain.Sim, st *state, token *chain.Token, minerStake uint64, p *printer) (*chain.Staking, error) {
	deployer := st.key(st.Deployer)
	var staking *chain.Staking
	if st.Staking != "" {
		addr := common.HexToAddress(st.Staking)
		code, err := sim.Client().CodeAt(ctx, addr, nil)
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		if len(code) > 0 {
			if staking, err = chain.NewStaking(addr, sim.Client()); err != nil {
				return nil, err
			}
		}
	}
	if staking == nil {
		var err error
		if staking, err = chain.DeployStaking(ctx, sim.Client(), deployer.priv, token.Address(), st.key(st.Slasher).addr(), stakingUnbondingBlocks); err != nil {
			return nil, err
		}
		st.Staking = staking.Address().Hex()
		if err := st.save(); err != nil {
			return nil, err
		}
	}
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
