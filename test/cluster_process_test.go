package test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/internal/testenv"
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
	return testenv.LoopbackAddr(t)
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
	// Writers: genesis validators that run no node and write concurrently
	// while the leader is killed.
	writers := make([]*failoverWriter, 4)
	for i := range writers {
		writers[i] = &failoverWriter{key: testKey(fmt.Sprintf("failover writer %d", i))}
		writers[i].addr = crypto.PubkeyToAddress(writers[i].key.PublicKey)
		fmt.Fprintf(&genesis, "  - address: %q\n    stake: 1000000\n", writers[i].addr.Hex())
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

	// The writers register on subnet 1, then write stake snapshots as fast
	// as they are acknowledged, through random members, while the leader
	// is killed.
	for _, w := range writers {
		c := validator.NewClient(nodes[0].httpAddr, chainID)
		if _, err := c.Send(ctx, w.key, ledger.TypeRegister, ledger.Register{Subnet: 1, Role: ledger.RoleValidator}); err != nil {
			t.Fatalf("writer %s: register: %v", w.addr.Hex(), err)
		}
		w.nonce = 1
	}
	stopWriters := make(chan struct{})
	var writing sync.WaitGroup
	for i, w := range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			w.run(ctx, nodes, chainID, uint64(i), stopWriters)
		}()
	}
	time.Sleep(300 * time.Millisecond)

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

	// The writers go on for a while under the new leader, then stop once
	// each knows the outcome of its last command.
	time.Sleep(time.Second)
	close(stopWriters)
	writing.Wait()
	for _, w := range writers {
		if w.err != nil {
			t.Fatalf("writer %s: %v", w.addr.Hex(), w.err)
		}
		t.Logf("writer %s: %d acknowledged, %d in flight at a failure and found applied, %d resubmissions; nonce %d",
			w.addr.Hex()[:10], w.acked, w.foundApplied, w.resubmits, w.nonce)
		if w.acked == 0 {
			t.Errorf("writer %s had no write acknowledged", w.addr.Hex())
		}
	}
	// On each survivor (read consistently): every writer's nonce is exactly
	// 1 (its registration) + its acknowledged commands + those in flight
	// that turned out applied, so none was lost and none applied twice,
	// and its stake is the amount of its last command, which is its nonce.
	for _, n := range survivors {
		c := validator.NewClient(n.httpAddr, chainID).Consistent()
		var sub ledger.SubnetView
		retryUnavailable(t, n.name+": subnet 1", func() (err error) {
			sub, err = c.Subnet(ctx, 1)
			return err
		})
		for _, w := range writers {
			var nonce uint64
			retryUnavailable(t, n.name+": writer nonce", func() (err error) {
				nonce, err = c.Nonce(ctx, w.addr)
				return err
			})
			if want := 1 + w.acked + w.foundApplied; nonce != want || nonce != w.nonce {
				t.Errorf("%s: writer %s has nonce %d; want 1 + %d acknowledged + %d found applied = %d (writer's count %d)",
					n.name, w.addr.Hex(), nonce, w.acked, w.foundApplied, want, w.nonce)
			}
			uid, ok := sub.UIDOf(w.addr)
			if !ok {
				t.Fatalf("%s: writer %s is not registered on subnet 1", n.name, w.addr.Hex())
			}
			if got := sub.Neurons[uid].Stake; got != nonce {
				t.Errorf("%s: writer %s has stake %d, want its last amount %d", n.name, w.addr.Hex(), got, nonce)
			}
		}
	}

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

	// The dead leader is gone for good: an operator removes it with `agora
	// validator remove`, signed by a survivor's (genesis) key. Then the two
	// survivors are the whole configuration, and a survivor may leave.
	remove := exec.Command(bin, "validator", "remove", "--id", nodes[leader].name, "--url", "http://"+survivors[1].httpAddr,
		"--key", survivors[0].keyFile, "--password-file", pwFile)
	remove.Env = agoraEnv()
	if out, err := remove.CombinedOutput(); err != nil || !strings.Contains(string(out), "removed from the cluster") {
		t.Fatalf("agora validator remove %s: %v, output %q", nodes[leader].name, err, out)
	}
	if v, err := validator.NewClient(survivors[0].httpAddr, chainID).Consistent().Cluster(ctx); err != nil || len(v.Members) != 2 {
		t.Fatalf("members after removing the dead leader: %+v, %v; want the 2 survivors", v, err)
	}
	remove = exec.Command(bin, "validator", "remove", "--id", nodes[leader].name, "--url", "http://"+survivors[1].httpAddr,
		"--key", survivors[0].keyFile, "--password-file", pwFile)
	remove.Env = agoraEnv()
	out, err = remove.CombinedOutput()
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || strings.Count(string(out), "\n") != 1 {
		t.Errorf("agora validator remove of a member already removed: %v, output %q; want exit 2 and one line", err, out)
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

// failoverWriter sends stake snapshots signed by one genesis key, one at a
// time, each to a random member, and keeps track of their outcomes: a
// command whose outcome is unknown (the connection failed, no leader,
// the leader unreachable) is resubmitted, the same signed envelope, until
// the cluster says it was applied (200) or that its nonce is used (it was
// applied before: in flight when something failed).
type failoverWriter struct {
	key  *ecdsa.PrivateKey
	addr common.Address

	nonce        uint64 // the last nonce known applied
	acked        uint64 // commands answered 200
	foundApplied uint64 // commands whose outcome was unknown, found applied
	resubmits    int
	err          error
}

// run writes until stop is closed (finishing the command in flight) or
// ctx ends.
func (w *failoverWriter) run(ctx context.Context, nodes []*procNode, chainID uint64, seed uint64, stop <-chan struct{}) {
	r := rand.New(rand.NewPCG(seed, 7))
	httpc := &http.Client{Timeout: 5 * time.Second}
	for {
		select {
		case <-stop:
			return
		default:
		}
		nonce := w.nonce + 1
		env, err := ledger.NewEnvelope(ledger.TypeStakeSnapshot, ledger.StakeSnapshot{
			Block: 0, Stakes: []ledger.Stake{{Hotkey: w.addr, Amount: nonce}},
		}, nonce)
		if err == nil {
			err = env.Sign(w.key, chainID)
		}
		if err != nil {
			w.err = err
			return
		}
		body, _ := json.Marshal(env)
		for attempt := 0; ; attempt++ {
			if ctx.Err() != nil {
				w.err = ctx.Err()
				return
			}
			if attempt > 0 {
				w.resubmits++
				time.Sleep(20 * time.Millisecond)
			}
			status, answer := postEnvelope(ctx, httpc, nodes[r.IntN(len(nodes))].httpAddr, body)
			switch {
			case status == http.StatusOK:
				w.acked++
			case attempt > 0 && (status == http.StatusConflict || status == http.StatusUnprocessableEntity && ledger.IsNonceError(answer)):
				w.foundApplied++
			case status == 0 || status == http.StatusServiceUnavailable || status == http.StatusBadGateway:
				continue // unknown: resubmit
			default:
				w.err = fmt.Errorf("nonce %d: status %d: %s", nonce, status, answer)
				return
			}
			w.nonce = nonce
			break
		}
	}
}

// postEnvelope posts an encoded envelope to the member at addr: its status
// (0 when the request failed) and body.
func postEnvelope(ctx context.Context, httpc *http.Client, addr string, body []byte) (int, string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/v1/commands", bytes.NewReader(body))
	if err != nil {
		return 0, err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := httpc.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err.Error()
	}
	return resp.StatusCode, string(data)
}
