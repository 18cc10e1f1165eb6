package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionInfo describes the running binary.
type versionInfo struct {
	// Version is the release version set at link time ("dev" otherwise).
	Version string `json:"version"`
	// Go is the Go toolchain version that built the binary.
	Go string `json:"go"`
	// Revision is the VCS revision recorded by the go command, or "" when
	// the build did not record one.
	Revision string `json:"revision"`
}

// currentVersion returns the version information of this binary.
func currentVersion() versionInfo {
	info := versionInfo{Version: version, Go: runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				info.Revision = s.Value
			}
		}
	}
	return info
}

func newVersionCommand(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the agora version, Go version and VCS revision",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			info := currentVersion()
			if asJSON {
				return writeJSON(a.stdout, info)
			}
			text := fmt.Sprintf("agora %s\ngo: %s\n", info.Version, info.Go)
			if info.Revision != "" {
				text += fmt.Sprintf("revision: %s\n", info.Revision)
			}
			_, err := fmt.Fprint(a.stdout, text)
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"version", "go", "revision"} as JSON`)
	return cmd
}
