package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// version is the release version, set at link time with
// -ldflags "-X main.version=...".
var version = "dev"

// Exit codes; see the package documentation.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exitError carries the process exit code chosen for err. Commands return it
// to say what kind of failure happened; run turns it into the exit status.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError marks err as a bad invocation or bad input (exit code 2).
func usageError(err error) error { return &exitError{code: exitUsage, err: err} }

// run executes the agora command line args with the given standard streams
// and returns the process exit code. It never calls os.Exit, so tests can
// drive it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCommand(stdin, stdout, stderr)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "agora: %s\n", oneLine(err.Error()))
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Errors that are not exitErrors come from cobra itself: an unknown
	// command or flag, or arguments that fail a command's Args check.
	fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
	return exitUsage
}

// wrapRunE makes every RunE in the tree rooted at c report an error that is
// not already an exitError as a failure (exit code 1), so that any error
// without an exitError reaching run is known to come from cobra's own
// argument handling.
func wrapRunE(c *cobra.Command) {
	if runE := c.RunE; runE != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			err := runE(cmd, args)
			var ee *exitError
			if err != nil && !errors.As(err, &ee) {
				return &exitError{code: exitFailure, err: err}
			}
			return err
		}
	}
	for _, sub := range c.Commands() {
		wrapRunE(sub)
	}
}

// oneLine folds a possibly multi-line message into one line: it trims every
// line and joins the non-empty ones with a space.
func oneLine(s string) string {
	var parts []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			parts = append(parts, line)
		}
	}
	return strings.Join(parts, " ")
}
