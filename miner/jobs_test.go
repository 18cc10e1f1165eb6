package miner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
)

// waitJob polls a job until cond holds.
func waitJob(t *testing.T, c *Client, id string, cond func(*JobView) bool) *JobView {
	t.Helper()
	var last *JobView
	waitFor(t, func() bool {
		j, _, err := c.Job(context.Background(), id)
		if err != nil {
			t.Fatalf("job %s: %v", id, err)
		}
		last = j
		return cond(j)
	})
	return last
}

func TestFineTuneLifecycle(t *testing.T) {
	m := newFakeModel(0)
	tr := &fakeTrainer{gate: make(chan struct{})}
	cfg, _ := testConfig(t, m)
	cfg.Trainer = tr
	cfg.MaxQueuedJobs = 1
	f := start(t, cfg)
	c := f.client(f.validator)
	ctx := context.Background()

	job, ev, err := c.FineTune(ctx, FineTuneJobRequest{BaseHash: m.Hash(), Steps: 4, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if job.State != JobQueued || job.Steps != 4 || len(job.ID) != 32 || ev.Response.Status != http.StatusAccepted || ev.Verify() != nil {
		t.Fatalf("submitted: %+v (status %d)", job, ev.Response.Status)
	}
	// Two steps, then look at the progress.
	tr.gate <- struct{}{}
	tr.gate <- struct{}{}
	mid := waitJob(t, c, job.ID, func(j *JobView) bool { return j.Step == 2 })
	if mid.State != JobRunning || mid.Progress != 500 || mid.Loss != 2.5 || mid.WeightsHash != "" {
		t.Errorf("after 2 of 4 steps: %+v", mid)
	}
	// The running job holds the worker and one more fills the queue.
	if _, _, err := c.FineTune(ctx, FineTuneJobRequest{BaseHash: m.Hash(), Steps: 1, Seed: 666}); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.FineTune(ctx, FineTuneJobRequest{BaseHash: m.Hash(), Steps: 1})
	if apiErr, ok := errors.AsType[*APIError](err); !ok || apiErr.StatusCode != 429 || !strings.Contains(apiErr.Message, "fine-tune queue full") {
		t.Errorf("a job beyond the queue: got %v, want 429", err)
	}
	close(tr.gate)
	done := waitJob(t, c, job.ID, func(j *JobView) bool { return j.State == JobDone })
	weights, _ := tr.FineTune(ctx, FineTuneRequest{BaseHash: m.Hash(), Steps: 4, Seed: 7}, func(Progress) {})
	sum := sha256.Sum256(weights)
	if done.WeightsHash != hex.EncodeToString(sum[:]) || done.Progress != 1000 || done.Step != 4 {
		t.Errorf("done: %+v, want weights %x", done, sum)
	}
	hot := addr(f.minerKey)
	want := sha256.Sum256(append(sum[:], hot[:]...))
	if done.Commitment != hex.EncodeToString(want[:]) {
		t.Errorf("commitment %s, want sha256(weights hash ‖ hotkey) %x", done.Commitment, want)
	}
	got, err := c.Artifact(ctx, done.WeightsHash)
	if err != nil || string(got) != string(weights) {
		t.Errorf("artifact: %q, %v", got, err)
	}
	list, err := c.Artifacts(ctx)
	if err != nil || len(list) != 1 || list[0].Hash != done.WeightsHash || list[0].Size != int64(len(weights)) {
		t.Errorf("artifacts: %+v, %v", list, err)
	}

	// The second job's trainer fails: the job says why.
	jobs := f.srv.jobs
	jobs.mu.Lock()
	failedID := jobs.order[1]
	jobs.mu.Unlock()
	failed := waitJob(t, c, failedID, func(j *JobView) bool { return j.State == JobFailed })
	if failed.Error != "diverged" {
		t.Errorf("failed job: %+v", failed)
	}

	for _, tt := range []struct {
		name, body string
		want       string
	}{
		{"other base", `{"base_hash": "` + strings.Repeat("ab", 32) + `", "steps": 1}`, "is not this miner's base model"},
		{"no base", `{"steps": 1}`, "base_hash is required"},
		{"no steps", `{"base_hash": "` + m.Hash() + `"}`, "steps is required"},
		{"too many steps", `{"base_hash": "` + m.Hash() + `", "steps": 10001}`, "steps 10001 out of range [1, 10000]"},
	} {
		status, msg, _ := f.rawSigned(t, f.validator, http.MethodPost, FineTunePath, tt.body, nil)
		if status != 400 || !strings.Contains(msg, tt.want) {
			t.Errorf("%s: got %d %q, want 400 containing %q", tt.name, status, msg, tt.want)
		}
	}
	_, _, err = c.Job(ctx, "nope")
	if apiErr, ok := errors.AsType[*APIError](err); !ok || apiErr.StatusCode != 404 {
		t.Errorf("unknown job: got %v, want 404", err)
	}
	// Job status is for validators too.
	status, _, _ := f.rawSigned(t, f.outsider, http.MethodGet, JobsPath+job.ID, "", nil)
	if status != 403 {
		t.Errorf("job status for a non-validator: got %d, want 403", status)
	}
}

func TestFineTuneNotOffered(t *testing.T) {
	m := newFakeModel(0)
	cfg, _ := testConfig(t, m)
	f := start(t, cfg)
	_, _, err := f.client(f.validator).FineTune(context.Background(), FineTuneJobRequest{BaseHash: m.Hash(), Steps: 1})
	if apiErr, ok := errors.AsType[*APIError](err); !ok || apiErr.StatusCode != 501 || !strings.Contains(apiErr.Message, "does not fine-tune") {
		t.Errorf("got %v, want 501", err)
	}
}

// TestFineTuneStopsWithServer: a running job fails when the server stops.
func TestFineTuneStopsWithServer(t *testing.T) {
	m := newFakeModel(0)
	cfg, _ := testConfig(t, m)
	cfg.Trainer = &fakeTrainer{gate: make(chan struct{})}
	s, stop := launch(t, cfg)
	c := NewClient(s.Addr(), ClientConfig{Key: testKey(t, 2), ChainID: testChainID, Subnet: testSubnet, Miner: addr(cfg.Key)})
	job, _, err := c.FineTune(context.Background(), FineTuneJobRequest{BaseHash: m.Hash(), Steps: 3})
	if err != nil {
		t.Fatal(err)
	}
	waitJob(t, c, job.ID, func(j *JobView) bool { return j.State == JobRunning })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.jobs.get(job.ID); v.State != JobFailed || !strings.Contains(v.Error, "context canceled") {
		t.Errorf("job after shutdown: %+v", v)
	}
}

func TestArtifactEndpoint(t *testing.T) {
	cfg, _ := testConfig(t, newFakeModel(0))
	f := start(t, cfg)
	h, err := f.srv.store.Put([]byte("some weights"))
	if err != nil {
		t.Fatal(err)
	}
	pub := NewClient(f.addr, ClientConfig{})
	data, err := pub.Artifact(context.Background(), h)
	if err != nil || string(data) != "some weights" {
		t.Fatalf("artifact: %q, %v", data, err)
	}
	for _, tt := range []struct {
		path   string
		status int
		want   string
	}{
		{ArtifactsPath + "/" + strings.Repeat("0", 64), 404, "unknown artifact"},
		{ArtifactsPath + "/" + strings.ToUpper(h), 400, "malformed artifact hash"},
		{ArtifactsPath + "/abc", 400, "malformed artifact hash"},
		{ArtifactsPath + "/" + h[:63] + "g", 400, "malformed artifact hash"},
	} {
		status, msg, _ := f.raw(t, http.MethodGet, tt.path, "", nil)
		if status != tt.status || !strings.Contains(msg, tt.want) {
			t.Errorf("GET %s: got %d %q, want %d %q", tt.path, status, msg, tt.status, tt.want)
		}
	}
	if _, err := pub.Artifact(context.Background(), "xyz"); !errors.Is(err, ErrMalformedHash) {
		t.Errorf("client with a malformed hash: %v", err)
	}
	// A file whose bytes changed on disk no longer matches its name: the
	// client refuses it.
	path, _ := f.srv.store.Path(h)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("other weights"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := pub.Artifact(context.Background(), h); err == nil || !strings.Contains(err.Error(), "hash to") {
		t.Errorf("corrupted artifact: got %v", err)
	}
}

func TestArtifactStore(t *testing.T) {
	s, err := OpenArtifactStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	h1, err := s.Put([]byte("a"))
	if err != nil {
		t.Fatal(err)
	}
	if h, err := s.Put([]byte("a")); err != nil || h != h1 {
		t.Errorf("Put again: %s, %v", h, err)
	}
	if h1 != "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb" {
		t.Errorf("hash of \"a\" = %s", h1)
	}
	if got, err := s.Get(h1); err != nil || string(got) != "a" {
		t.Errorf("Get: %q, %v", got, err)
	}
	if _, err := s.Get(strings.Repeat("1", 64)); !errors.Is(err, ErrUnknownArtifact) {
		t.Errorf("Get unknown: %v", err)
	}
	if _, err := s.Get("../etc/passwd"); !errors.Is(err, ErrMalformedHash) {
		t.Errorf("Get a path: %v", err)
	}
	if _, err := Commitment("nothex", addr(testKey(t, 1))); !errors.Is(err, ErrMalformedHash) {
		t.Errorf("Commitment of a malformed hash: %v", err)
	}
	if _, err := OpenArtifactStore(""); err == nil {
		t.Error("empty directory accepted")
	}
}

// TestCopier: a copier re-publishes the newest upload of another miner, so
// its weights have the same hash (and earn nothing in scoring), under its
// own commitment.
func TestCopier(t *testing.T) {
	m := newFakeModel(0)
	honestCfg, _ := testConfig(t, m)
	honestCfg.Trainer = &fakeTrainer{}
	honest := start(t, honestCfg)
	hc := honest.client(honest.validator)
	j, _, err := hc.FineTune(context.Background(), FineTuneJobRequest{BaseHash: m.Hash(), Steps: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	orig := waitJob(t, hc, j.ID, func(j *JobView) bool { return j.State == JobDone })

	copyCfg, _ := testConfig(t, m)
	copyCfg.Key = testKey(t, 7)
	copyCfg.Behaviour = Copier
	copyCfg.CopySource = AxonCopySource{Client: NewClient(honest.addr, ClientConfig{})}
	copier := start(t, copyCfg)
	cc := copier.client(copier.validator)
	j2, _, err := cc.FineTune(context.Background(), FineTuneJobRequest{BaseHash: m.Hash(), Steps: 3, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	cp := waitJob(t, cc, j2.ID, func(j *JobView) bool { return j.State != JobQueued && j.State != JobRunning })
	if cp.State != JobDone || cp.WeightsHash != orig.WeightsHash || cp.Commitment == orig.Commitment {
		t.Errorf("copier job %+v; original weights %s commitment %s", cp, orig.WeightsHash, orig.Commitment)
	}
}
