package test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// binDir holds the agora binary that process tests run; TestMain makes it
// and removes it afterwards.
var binDir string

// buildOnce builds the binary the first time a test asks for it, so that a
// run of only the in-process tests (-run Devnet) does not pay for the build.
var buildOnce = sync.OnceValues(func() (string, error) {
	root, _, err := moduleRoot(".")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(binDir, "agora")
	args := []string{"build", "-o", bin}
	if raceEnabled {
		// Same instrumentation as this test binary: the packages compiled
		// for it are reused, and the processes run under the detector too.
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, "./cmd/agora")...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// agoraBinary returns the path of the built agora binary.
func agoraBinary(t *testing.T) string {
	t.Helper()
	start := time.Now()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("agora binary ready in %s (race detector: %v)", time.Since(start).Round(time.Millisecond), raceEnabled)
	return bin
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "agora-test-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
