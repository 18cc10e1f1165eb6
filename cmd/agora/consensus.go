package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/agora-net/agora/scoring"
	"github.com/spf13/cobra"
)

func newConsensusCommand(a *app) *cobra.Command {
	cmd := groupCommand("consensus", "Run Yuma consensus computations offline")
	var in string
	epoch := &cobra.Command{
		Use:   "epoch [--in FILE]",
		Short: "Run one Yuma epoch on a JSON state and print the result as JSON",
		Long: `Read one subnet's epoch state as JSON from --in FILE (or standard input when
FILE is "-" or absent), run the Yuma consensus epoch on it, and write the
result as JSON to standard output.

An input that cannot be read, decoded or validated exits with status 2 and one
line "agora: <message>" on stderr naming the offending field; nothing is
written to stdout then.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return a.consensusEpoch(in)
		},
	}
	epoch.Flags().StringVar(&in, "in", "-", "epoch state JSON `file` (\"-\" reads standard input)")
	cmd.AddCommand(epoch)
	return cmd
}

// consensusEpoch reads the epoch state from the file in ("-": stdin), runs
// it through scoring.RunJSON, and writes the result and a newline to stdout.
func (a *app) consensusEpoch(in string) error {
	var (
		data []byte
		err  error
	)
	if in == "" || in == "-" {
		data, err = io.ReadAll(a.stdin)
		if err != nil {
			return usageError(fmt.Errorf("read epoch state from stdin: %w", err))
		}
	} else {
		data, err = os.ReadFile(in)
		if err != nil {
			return usageError(fmt.Errorf("read epoch state: %w", err))
		}
	}
	out, err := scoring.RunJSON(data)
	if err != nil {
		// RunJSON only fails on input that does not decode or validate.
		return usageError(err)
	}
	out = append(bytes.TrimRight(out, " \t\r\n"), '\n')
	if _, err := a.stdout.Write(out); err != nil {
		return fmt.Errorf("write epoch result: %w", err)
	}
	a.log.Debug("epoch done", "input_bytes", len(data), "output_bytes", len(out))
	return nil
}
