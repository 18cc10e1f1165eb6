package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"syscall"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/agora-net/agora/chain"
)

// newBenchCommand returns `agora bench`, the benchmarks that need a chain.
func newBenchCommand(a *app) *cobra.Command {
	cmd := groupCommand("bench", "Run Agora's benchmarks")
	var asJSON bool
	settlement := &cobra.Command{
		Use:   "settlement [--json]",
		Short: "Measure the gas of paying epochs on chain: Merkle settlement, claims, push mode, plain transfers",
		Long: `Deploy Agora's contracts on an in-process simulated chain with mainnet (Osaka)
gas rules and measure, from transaction receipts (whole gas used, the 21,000
intrinsic gas included):

  - Merkle mode: settling one epoch (a later epoch of the subnet) for 16, 256
    and 4,096 recipients; an account's first claim and a later one, against
    a 256-leaf tree (8-hash proofs);
  - push mode (Emission.distribute): gas per recipient of a 256-recipient
    batch, to fresh recipients and to the same ones again;
  - the baseline: one ERC-20 transfer per transaction (to a fresh address and
    to a holder) and a contract looping over transfer for 256 recipients in
    one transaction (per recipient).

The chain serves JSON-RPC on 127.0.0.1 while the benchmark runs, which takes a
few seconds. With --json the result is printed as
{"merkle_settle_gas": {"16", "256", "4096"}, "claim_gas": {"first", "repeat"},
"push_gas_per_recipient": {"fresh", "repeat"}, "baseline": {"transfer_fresh",
"transfer_repeat", "naive_batch_fresh", "naive_batch_repeat"}}; otherwise as a
table, which also gives the claims' tree and proof length and the first
settlement of a subnet.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return a.benchSettlement(ctx, asJSON)
		},
	}
	settlement.Flags().BoolVar(&asJSON, "json", false, "print the measurements as JSON")
	cmd.AddCommand(settlement)
	return cmd
}

// benchSettlement runs chain.BenchSettlement and prints its result.
func (a *app) benchSettlement(ctx context.Context, asJSON bool) error {
	g, err := chain.BenchSettlement(ctx, chain.DefaultBenchConfig())
	if err != nil {
		return err
	}
	a.log.Debug("settlement benchmark done", "details", fmt.Sprintf("%+v", g.Details))
	var out bytes.Buffer
	if asJSON {
		if err := writeJSON(&out, g); err != nil {
			return err
		}
	} else {
		writeSettlementTable(&out, g)
	}
	_, err = a.stdout.Write(out.Bytes())
	return err
}

// writeSettlementTable prints the measurements for people.
func writeSettlementTable(out *bytes.Buffer, g chain.SettlementGas) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	row := func(what string, gas uint64, note string) {
		fmt.Fprintf(tw, "%s\t%9s\t%s\n", what, groupDigits(gas), note)
	}
	fmt.Fprintf(tw, "%s\t%9s\t%s\n", "measured", "gas", "note")
	sizes := make([]int, 0, len(g.MerkleSettle))
	for n := range g.MerkleSettle {
		v, _ := strconv.Atoi(n)
		sizes = append(sizes, v)
	}
	slices.Sort(sizes)
	for _, n := range sizes {
		key := strconv.Itoa(n)
		row("merkle settle, "+groupDigits(uint64(n))+" recipients", g.MerkleSettle[key],
			"per epoch; the subnet's first settlement, creating its epoch counter: "+groupDigits(g.Details.FirstSettle[key]))
	}
	tree := fmt.Sprintf("%d-leaf tree, %d-hash proof", g.Details.ClaimTreeSize, g.Details.ClaimProofLen)
	row("claim, first", g.Claim.First, tree+"; one new slot (balance and claimed share it)")
	row("claim, later", g.Claim.Repeat, tree)
	batch := fmt.Sprintf("per recipient of %d", g.Details.Recipients)
	row("push, fresh recipient", g.PushPerRecipient.Fresh, batch+"; batch "+groupDigits(g.Details.PushTotal[0]))
	row("push, repeat recipient", g.PushPerRecipient.Repeat, batch+"; batch "+groupDigits(g.Details.PushTotal[1]))
	row("transfer, fresh address", g.Baseline.TransferFresh, "one per transaction")
	row("transfer, holder", g.Baseline.TransferRepeat, "one per transaction")
	row("naive batch, fresh", g.Baseline.NaiveBatchFresh, batch+"; batch "+groupDigits(g.Details.NaiveTotal[0]))
	row("naive batch, repeat", g.Baseline.NaiveBatchRepeat, batch+"; batch "+groupDigits(g.Details.NaiveTotal[1]))
	tw.Flush()
}

// groupDigits formats v with a comma between groups of three digits.
func groupDigits(v uint64) string {
	s := strconv.FormatUint(v, 10)
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}
