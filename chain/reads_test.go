package chain_test

import "testing"

// TestTokenAndStakingReads checks the reads the CLI shows: the staking
// contract's token and the token's symbol and decimals.
func TestTokenAndStakingReads(t *testing.T) {
	f := newFixture(t)
	if got, err := f.c.Staking.Token(f.ctx); err != nil || got != f.c.Token.Address() {
		t.Errorf("Staking.Token = %s, %v; want %s", got, err, f.c.Token.Address())
	}
	if got, err := f.c.Token.Symbol(f.ctx); err != nil || got != "AGR" {
		t.Errorf("Token.Symbol = %q, %v; want %q", got, err, "AGR")
	}
	if got, err := f.c.Token.Decimals(f.ctx); err != nil || got != 9 {
		t.Errorf("Token.Decimals = %d, %v; want 9", got, err)
	}
}
