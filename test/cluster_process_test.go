package test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
	"github.com/agora-net/agora/wallet"
)

// procNode is one `agora validator run` process.
type procNode struct {
	name               string
	raftAddr, httpAddr string
	keyFile            string
	cmd                *exec.Cmd
	log                *syncBuffer
	exited             chan struct{}
	exitErr            error
}

// syncBuffer is a bytes.Buffer safe for a process's writes and the test's
// reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// agoraEnv is the environment of the processes: the test's, without AGORA_*
// variables that would change their configuration. A race-enabled binary
// otherwise sleeps a second at exit.
func agoraEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AGORA_") {
			env = append(env, kv)
		}
	}
	if os.Getenv("GORACE") == "" {
		env = append(env, "GORACE=atexit_sleep_ms=0")
	}
	return env
}

// start runs `agora validator run` for n with the common flags and extra.
func (n *procNode) start(t *testing.T, bin string, common []string, extra ...string) {
	t.Helper()
	args := append([]string{"validator", "run", "--raft-addr", n.raftAddr, "--http-addr", n.httpAddr, "--key", n.keyFile}, common...)
	args = append(args, extra...)
	n.cmd = exec.Command(bin, args...)
	n.cmd.Env = agoraEnv()
	n.log = &syncBuffer{}
	n.cmd.Stdout, n.cmd.Stderr = n.log, n.log
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	n.exited = make(chan struct{})
	go func() {
		n.exitErr = n.cmd.Wait()
		close(n.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-n.exited:
		default:
			_ = n.cmd.Process.Kill()
			<-n.exited
		}
		if t.Failed() {
			t.Logf("--- %s (%s) output:\n%s", n.name, strings.Join(args, " "), n.log.String())
		}
	})
}

func (n *procNode) running() bool {
	select {
	case <-n.exited:
		return false
	default:
		return true
	}
}

// waitUntil polls cond every 10ms until it holds or timeout passes.
func waitUntil(t *testing.T, timeout time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > timeout {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(start)
}

func clusterOf(ctx context.Context, n *procNode) (validator.ClusterView, error) {
	return validator.NewClient(n.httpAddr, 0).Cluster(ctx)
}

// retryUnavailable runs f until it succeeds, retrying for up to 5 s while
// it fails with 503 (no leader at that moment: a client is expected to
// retry), and fails the test on any other error.
func retryUnavailable(t *testing.T, what string, f func() error) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := f()
		if err == nil {
			return
		}
		var ae *validator.APIError
		if !errors.As(err, &ae) || ae.Status != http.StatusServiceUnavailable || time.Now().After(deadline) {
			t.Fatalf("%s: %v", what, err)
		}
		t.Logf("%s: %v; retrying", what, err)
		time.Sleep(50 * time.Millisecond)
	}
}

func testKey(name string) *ecdsa.PrivateKey {
	h := sha256.Sum256([]byte("agora process test key " + name))
	k, err := crypto.ToECDSA(h[:])
	if err != nil {
		panic(err)
	}
	return k
}

// TestValidatorProcessesFailover runs the real agora binary as validator
// processes on loopback: one bootstraps, three join over HTTP (the later
// ones through followers, fetching the genesis from them), and the fourth
// leaves again with `agora validator leave` and stops. Writes are
// acknowledged, then the leader's process is killed with SIGKILL: the two
// survivors must elect a new leader within 2 s, still hold every
// acknowledged write, keep committing, refuse a leave that would cost them
// their quorum, and stop cleanly on SIGTERM.
func TestValidatorProcessesFailover(t *testing.T) {
	bin := agoraBinary(t)
	dir := t.TempDir()
	const chainID = 1337
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte("process test\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	nodes := make([]*procNode, 4)
	var genesis strings.Builder
	fmt.Fprintf(&genesis, "chain_id: %d\nvalidators:\n", chainID)
	for i := range nodes {
		acc, err := wallet.Create(filepath.Join(dir, "keystore"), "process test", wallet.LightKDF())
		if err != nil {
			t.Fatal(err)
		}
		nodes[i] = &procNode{name: fmt.Sprintf("node-%d", i), raftAddr: freeAddr(t), httpAddr: freeAddr(t), keyFile: acc.Path}
		fmt.Fprintf(&genesis, "  - address: %q\n    stake: 1000000\n", acc.Address.Hex())
	}
	genesisFile := filepath.Join(dir, "genesis.yaml")
	if err := os.WriteFile(genesisFile, []byte(genesis.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	common := func(i int) []string {
		return []string{"--data-dir", filepath.Join(dir, nodes[i].name), "--id", nodes[i].name, "--password-file", pwFile,
			"--heartbeat-timeout", "200ms", "--election-timeout", "200ms", "--tick-interval", "100ms", "--log-level", "info"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	start := time.Now()
	nodes[0].start(t, bin, common(0), "--genesis", genesisFile, "--bootstrap")
	waitUntil(t, 15*time.Second, "node 0 to lead", func() bool {
		v, err := clusterOf(ctx, nodes[0])
		return err == nil && v.LeaderID == "node-0"
	})
	nodes[1].start(t, bin, common(1), "--genesis", genesisFile, "--join", "http://"+nodes[0].httpAddr)
	nodes[2].start(t, bin, common(2), "--join", nodes[1].httpAddr) // genesis fetched from node 1
	nodes[3].start(t, bin, common(3), "--join", nodes[2].httpAddr)
	formed := waitUntil(t, 15*time.Second, "four members known to every node", func() bool {
		for _, n := range nodes {
			v, err := clusterOf(ctx, n)
			if err != nil || len(v.Members) != 4 || v.Leader == "" {
				return false
			}
			for _, m := range v.Members {
				if !m.Voter || m.HTTPAddress == "" {
					return false
				}
			}
		}
		return true
	})
	t.Logf("4 processes formed a cluster in %s (joins took %s)", time.Since(start).Round(time.Millisecond), formed.Round(time.Millisecond))

	// Node 3 leaves through `agora validator leave` and its process stops.
	leave := exec.Command(bin, "validator", "leave", "--url", "http://"+nodes[3].httpAddr,
		"--key", nodes[3].keyFile, "--password-file", pwFile)
	leave.Env = agoraEnv()
	if out, err := leave.CombinedOutput(); err != nil || !strings.Contains(string(out), "left the cluster") {
		t.Fatalf("agora validator leave: %v, output %q", err, out)
	}
	select {
	case <-nodes[3].exited:
		if nodes[3].exitErr != nil {
			t.Errorf("node 3 exited with %v after leaving", nodes[3].exitErr)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("node 3 still runs 5s after it left")
	}
	nodes = nodes[:3]
	waitUntil(t, 5*time.Second, "three members known to every node", func() bool {
		for _, n := range nodes {
			v, err := clusterOf(ctx, n)
			if err != nil || len(v.Members) != 3 || v.Leader == "" {
				return false
			}
			for _, m := range v.Members {
				if !m.Voter || m.HTTPAddress == "" {
					return false
				}
			}
		}
		return true
	})
	t.Logf("node 3 left; %s since the start", time.Since(start).Round(time.Millisecond))

	// Acknowledged writes, through every node.
	user := testKey("subnet owner")
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	const writes = 6
	for i := range writes {
		c := validator.NewClient(nodes[i%3].httpAddr, chainID)
		if _, err := c.Send(ctx, user, ledger.TypeCreateSubnet, ledger.CreateSubnet{
			ID: uint16(i + 1), Name: fmt.Sprintf("subnet-%d", i+1), Task: ledger.TaskInference,
			ModelHash: strings.Repeat("ab", 32), Hyperparams: ledger.DefaultHyperparams(),
		}); err != nil {
			t.Fatalf("write %d: %v", i+1, err)
		}
	}

	// Kill the leader.
	v, err := clusterOf(ctx, nodes[0])
	if err != nil {
		t.Fatal(err)
	}
	leader := -1
	for i, n := range nodes {
		if n.raftAddr == v.Leader {
			leader = i
		}
	}
	if leader < 0 {
		t.Fatalf("leader %q is none of the nodes", v.Leader)
	}
	var survivors []*procNode
	for i, n := range nodes {
		if i != leader {
			survivors = append(survivors, n)
		}
	}
	killed := time.Now()
	if err := nodes[leader].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	failover := waitUntil(t, 5*time.Second, "the survivors to agree on a new leader", func() bool {
		var seen string
		for _, n := range survivors {
			v, err := clusterOf(ctx, n)
			if err != nil || v.Leader == "" || v.Leader == nodes[leader].raftAddr || (seen != "" && v.Leader != seen) {
				return false
			}
			seen = v.Leader
		}
		return true
	})
	t.Logf("killed the leader %s with SIGKILL; new leader elected after %s", nodes[leader].name, failover.Round(time.Millisecond))
	if failover > 2*time.Second {
		t.Errorf("failover took %s, want at most 2s", failover)
	}
	<-nodes[leader].exited

	// Every acknowledged write is on both survivors (read consistently, so
	// through the new leader); they keep committing.
	for _, n := range survivors {
		c := validator.NewClient(n.httpAddr, chainID).Consistent()
		var nonce uint64
		retryUnavailable(t, n.name+": nonce", func() (err error) {
			nonce, err = c.Nonce(ctx, userAddr)
			return err
		})
		if nonce != writes {
			t.Errorf("%s: the user's nonce is %d after %d acknowledged writes", n.name, nonce, writes)
		}
		for id := 1; id <= writes; id++ {
			retryUnavailable(t, fmt.Sprintf("%s: subnet %d", n.name, id), func() error {
				_, err := c.Subnet(ctx, uint16(id))
				return err
			})
		}
	}
	retryUnavailable(t, "a write after the failover", func() error {
		_, err := validator.NewClient(survivors[0].httpAddr, chainID).Send(ctx, user, ledger.TypeCreateSubnet, ledger.CreateSubnet{
			ID: 100, Name: "after-failover", Task: ledger.TaskInference,
			ModelHash: strings.Repeat("ab", 32), Hyperparams: ledger.DefaultHyperparams(),
		})
		return err
	})
	waitUntil(t, 5*time.Second, "the survivors' state hashes to match", func() bool {
		h0, err0 := validator.NewClient(survivors[0].httpAddr, chainID).StateHash(ctx)
		h1, err1 := validator.NewClient(survivors[1].httpAddr, chainID).StateHash(ctx)
		return err0 == nil && err1 == nil && h0 == h1
	})
	t.Logf("survivors agree; %s since the kill", time.Since(killed).Round(time.Millisecond))

	// With one voter of three dead, a survivor may not leave: the remaining
	// configuration would have no live majority.
	leave = exec.Command(bin, "validator", "leave", "--url", "http://"+survivors[1].httpAddr,
		"--key", survivors[1].keyFile, "--password-file", pwFile)
	leave.Env = agoraEnv()
	out, err := leave.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "quorum") || strings.Count(string(out), "\n") != 1 {
		t.Errorf("agora validator leave with a voter down: %v, output %q; want exit 2 and one line about the quorum", err, out)
	}

	// SIGTERM stops each survivor cleanly and quickly.
	for _, n := range survivors {
		stopped := time.Now()
		if err := n.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		select {
		case <-n.exited:
			if n.exitErr != nil {
				t.Errorf("%s exited with %v after SIGTERM", n.name, n.exitErr)
			}
			t.Logf("%s stopped %s after SIGTERM", n.name, time.Since(stopped).Round(time.Millisecond))
		case <-time.After(5 * time.Second):
			t.Errorf("%s still running 5s after SIGTERM", n.name)
		}
	}
}
