package devnet

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

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
	granted := false
	for _, m := range st.Miners {
		k := st.key(m.Key)
		have, err := staking.StakeOf(ctx, k.addr())
		if err != nil {
			return nil, err
		}
		if have.Sign() > 0 {
			continue
		}
		if !granted {
			if _, err := token.GrantRole(ctx, deployer.priv, chain.MinterRole, deployer.addr()); err != nil {
				return nil, err
			}
			granted = true
		}
		if _, err := token.Mint(ctx, deployer.priv, k.addr(), minerStake); err != nil {
			return nil, err
		}
		if _, err := token.Approve(ctx, k.priv, staking.Address(), minerStake); err != nil {
			return nil, err
		}
		if _, err := staking.Stake(ctx, k.priv, k.addr(), minerStake); err != nil {
			return nil, err
		}
		p.printf("Miner %s staked %d base units on %s\n", m.Name, minerStake, staking.Address().Hex())
	}
	return staking, nil
}
