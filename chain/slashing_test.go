package chain_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/chain"
)

// A token deployed alone gets a Staking contract; its admin mints after
// granting itself MINTER_ROLE; a miner stakes for itself; the slasher
// slashes naming evidence, and SlashOf finds that slash by the evidence
// hash (and nothing for another hash).
func TestDeployStakingMintSlash(t *testing.T) {
	deployer, minter, slasher, miner := testKey(t, "deployer"), testKey(t, "minter"), testKey(t, "slasher"), testKey(t, "miner")
	sim := startSim(t, contractsBlockPeriod, deployer, minter, slasher, miner)
	ctx := testCtx(t)
	tok := deploy(t, sim, deployer, minter)
	if _, err := chain.DeployStaking(ctx, sim.Client(), deployer, common.Address{}, addrOf(slasher), 10); err == nil {
		t.Fatal("DeployStaking without a token: got nil error")
	}
	st, err := chain.DeployStaking(ctx, sim.Client(), deployer, tok.Address(), addrOf(slasher), 10)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := st.Token(ctx); err != nil || got != tok.Address() {
		t.Fatalf("staking token %s, %v; want %s", got.Hex(), err, tok.Address().Hex())
	}
	if _, err := tok.Mint(ctx, deployer, addrOf(miner), 5); !errors.Is(err, chain.ErrNotMinter) {
		t.Fatalf("mint by the admin before the grant: %v, want ErrNotMinter", err)
	}
	if _, err := tok.GrantRole(ctx, deployer, chain.MinterRole, addrOf(deployer)); err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, deployer, addrOf(miner), 1000); err != nil {
		t.Fatal(err)
	}
	stMiner, err := chain.NewStaking(st.Address(), sim.Client())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Approve(ctx, miner, st.Address(), 1000); err != nil {
		t.Fatal(err)
	}
	if _, err := stMiner.Stake(ctx, miner, addrOf(miner), 1000); err != nil {
		t.Fatal(err)
	}
	evidence := common.Hash{7}
	if _, found, err := st.SlashOf(ctx, addrOf(miner), evidence); err != nil || found {
		t.Fatalf("SlashOf before the slash: found %v, %v", found, err)
	}
	if _, err := st.Slash(ctx, miner, addrOf(miner), 10, evidence); !errors.Is(err, chain.ErrUnauthorized) {
		t.Fatalf("slash without SLASHER_ROLE: %v, want ErrUnauthorized", err)
	}
	tx, err := st.Slash(ctx, slasher, addrOf(miner), 400, evidence)
	if err != nil {
		t.Fatal(err)
	}
	s, found, err := st.SlashOf(ctx, addrOf(miner), evidence)
	if err != nil || !found || s.Tx != tx || s.Amount.Uint64() != 400 || s.Block == 0 {
		t.Fatalf("SlashOf = %+v, %v, %v; want tx %s of 400", s, found, err, tx.Hex())
	}
	if _, found, _ := st.SlashOf(ctx, addrOf(miner), common.Hash{8}); found {
		t.Error("SlashOf found a slash for another evidence hash")
	}
	if left, _ := st.StakeOf(ctx, addrOf(miner)); left.Uint64() != 600 {
		t.Errorf("stake after the slash %v, want 600", left)
	}
}
