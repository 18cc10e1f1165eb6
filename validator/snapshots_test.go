package validator

import (
	"bytes"
	"io"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/raft"
)

// snapshotTestConfig is the configuration the conformance tests store.
var snapshotTestConfig = raft.Configuration{Servers: []raft.Server{
	{Suffrage: raft.Voter, ID: "a", Address: "127.0.0.1:1"},
	{Suffrage: raft.Nonvoter, ID: "b", Address: "127.0.0.1:2"},
}}

// snapshotData returns n pseudo-random bytes.
func snapshotData(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(r.Uint32())
	}
	return out
}

// writeSnapshot writes data into a new snapshot in pieces of uneven sizes
// and closes the sink.
func writeSnapshot(t *testing.T, s raft.SnapshotStore, term, index uint64, data []byte) string {
	t.Helper()
	_, trans := raft.NewInmemTransport("")
	sink, err := s.Create(1, index, term, snapshotTestConfig, index-1, trans)
	if err != nil {
		t.Fatal(err)
	}
	for rest, step := data, 1; len(rest) > 0; step = step*7 + 3 {
		n := min(len(rest), step%(300<<10)+1)
		if _, err := sink.Write(rest[:n]); err != nil {
			t.Fatal(err)
		}
		rest = rest[n:]
	}
	if err := sink.Close(); err != nil {
		t.Fatal(err)
	}
	return sink.ID()
}

func readSnapshot(t *testing.T, s raft.SnapshotStore, id string) (*raft.SnapshotMeta, []byte) {
	t.Helper()
	meta, rc, err := s.Open(id)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return meta, data
}

func listIndexes(t *testing.T, s raft.SnapshotStore) []uint64 {
	t.Helper()
	metas, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	out := []uint64{}
	for _, m := range metas {
		out = append(out, m.Index)
	}
	return out
}

// testSnapshotStore is the conformance suite every raft.SnapshotStore the
// node may use passes; open returns an empty store keeping retain
// snapshots.
func testSnapshotStore(t *testing.T, open func(t *testing.T, retain int) raft.SnapshotStore) {
	t.Run("create write close list open", func(t *testing.T) {
		s := open(t, 2)
		if got := listIndexes(t, s); len(got) != 0 {
			t.Fatalf("new store lists %v", got)
		}
		_, trans := raft.NewInmemTransport("")
		sink, err := s.Create(1, 10, 3, snapshotTestConfig, 9, trans)
		if err != nil {
			t.Fatal(err)
		}
		data := snapshotData(1, 2*SnapshotChunkSize+12345) // three chunks in the badger store
		if _, err := sink.Write(data); err != nil {
			t.Fatal(err)
		}
		if got := listIndexes(t, s); len(got) != 0 {
			t.Fatalf("a snapshot still being written is listed: %v", got)
		}
		if err := sink.Close(); err != nil {
			t.Fatal(err)
		}
		if err := sink.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
		metas, err := s.List()
		if err != nil || len(metas) != 1 {
			t.Fatalf("List: %v, %v; want one snapshot", metas, err)
		}
		m := metas[0]
		if m.ID != sink.ID() || m.Index != 10 || m.Term != 3 || m.ConfigurationIndex != 9 || m.Size != int64(len(data)) || m.Version != 1 ||
			!reflect.DeepEqual(m.Configuration, snapshotTestConfig) {
			t.Errorf("listed %+v; want id %s, index 10, term 3, configuration index 9, size %d and the configuration", *m, sink.ID(), len(data))
		}
		meta, got := readSnapshot(t, s, sink.ID())
		if !bytes.Equal(got, data) {
			t.Errorf("read back %d bytes that differ from the %d written", len(got), len(data))
		}
		if meta.Index != 10 || meta.Size != int64(len(data)) {
			t.Errorf("Open meta %+v", *meta)
		}
	})
	t.Run("empty snapshot", func(t *testing.T) {
		s := open(t, 2)
		id := writeSnapshot(t, s, 1, 1, nil)
		if _, got := readSnapshot(t, s, id); len(got) != 0 {
			t.Errorf("empty snapshot reads %d bytes", len(got))
		}
	})
	t.Run("cancel leaves nothing", func(t *testing.T) {
		s := open(t, 2)
		writeSnapshot(t, s, 1, 5, []byte("kept"))
		_, trans := raft.NewInmemTransport("")
		sink, err := s.Create(1, 6, 1, snapshotTestConfig, 5, trans)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sink.Write(snapshotData(2, SnapshotChunkSize+1)); err != nil {
			t.Fatal(err)
		}
		if err := sink.Cancel(); err != nil {
			t.Fatal(err)
		}
		if got := listIndexes(t, s); !reflect.DeepEqual(got, []uint64{5}) {
			t.Errorf("after a cancel List gives indexes %v, want [5]", got)
		}
		if _, _, err := s.Open(sink.ID()); err == nil {
			t.Error("a cancelled snapshot opens")
		}
	})
	t.Run("retain and order", func(t *testing.T) {
		s := open(t, 2)
		for i := range uint64(4) {
			writeSnapshot(t, s, 1, 100+i, snapshotData(i, 100))
		}
		if got := listIndexes(t, s); !reflect.DeepEqual(got, []uint64{103, 102}) {
			t.Errorf("retain 2 after 4 snapshots lists %v, want [103 102]", got)
		}
		// A later term is newer whatever the index.
		writeSnapshot(t, s, 2, 50, []byte("term 2"))
		if got := listIndexes(t, s); !reflect.DeepEqual(got, []uint64{50, 103}) {
			t.Errorf("after a term-2 snapshot: %v, want [50 103]", got)
		}
	})
	t.Run("unsupported version", func(t *testing.T) {
		s := open(t, 1)
		_, trans := raft.NewInmemTransport("")
		if _, err := s.Create(0, 1, 1, snapshotTestConfig, 1, trans); err == nil {
			t.Error("version 0 accepted")
		}
	})
}

func TestFileSnapshotStoreConformance(t *testing.T) {
	testSnapshotStore(t, func(t *testing.T, retain int) raft.SnapshotStore {
		s, err := raft.NewFileSnapshotStoreWithLogger(t.TempDir(), retain, hclog.NewNullLogger())
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestSnapshotStoreConformance(t *testing.T) {
	testSnapshotStore(t, func(t *testing.T, retain int) raft.SnapshotStore {
		_, s := openTestSnapshotStore(t, t.TempDir(), retain)
		return s
	})
}

// openTestSnapshotStore opens the node's badger database in dir and a
// snapshot store over it; both are closed when the test ends.
func openTestSnapshotStore(t *testing.T, dir string, retain int) (*badger.DB, *SnapshotStore) {
	t.Helper()
	db, err := openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	s, err := NewSnapshotStore(db, retain, slog.New(slog.NewTextHandler(testWriter{t}, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return db, s
}

// snapshotKeys counts the keys under the snapshot store's prefixes.
func snapshotKeys(t *testing.T, db *badger.DB) (metas, chunks int) {
	t.Helper()
	err := db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			switch k := it.Item().Key(); {
			case bytes.HasPrefix(k, snapMetaPrefix):
				metas++
			case bytes.HasPrefix(k, snapChunkPrefix):
				chunks++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return metas, chunks
}

// TestSnapshotStoreOnBadger: what the conformance suite cannot see from
// outside: snapshots survive reopening the database; deleted, cancelled
// and interrupted snapshots leave no keys; a corrupted chunk is reported;
// an open reader keeps its snapshot from being deleted until it closes.
func TestSnapshotStoreOnBadger(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	data := snapshotData(7, 3*SnapshotChunkSize/2)

	db, s := openTestSnapshotStore(t, dir, 2)
	for i := range uint64(3) {
		writeSnapshot(t, s, 1, 10+i, data)
	}
	if m, c := snapshotKeys(t, db); m != 2 || c != 4 {
		t.Errorf("after 3 snapshots of 2 chunks with retain 2: %d metadata and %d chunk keys, want 2 and 4", m, c)
	}
	cancelled, err := s.Create(1, 20, 1, snapshotTestConfig, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cancelled.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := cancelled.Cancel(); err != nil {
		t.Fatal(err)
	}
	// A snapshot interrupted by a crash: chunks written, never closed.
	interrupted, err := s.Create(1, 30, 1, snapshotTestConfig, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := interrupted.Write(data); err != nil {
		t.Fatal(err)
	}
	if m, c := snapshotKeys(t, db); m != 2 || c != 5 {
		t.Errorf("with an unfinished snapshot: %d metadata and %d chunk keys, want 2 and 5", m, c)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, s = openTestSnapshotStore(t, dir, 2)
	if m, c := snapshotKeys(t, db); m != 2 || c != 4 {
		t.Errorf("after reopening: %d metadata and %d chunk keys, want 2 and 4 (the unfinished snapshot deleted)", m, c)
	}
	if got := listIndexes(t, s); !reflect.DeepEqual(got, []uint64{12, 11}) {
		t.Fatalf("after reopening List gives %v, want [12 11]", got)
	}
	metas, _ := s.List()
	if _, got := readSnapshot(t, s, metas[0].ID); !bytes.Equal(got, data) {
		t.Error("the newest snapshot reads back differently after reopening")
	}

	// An open reader keeps its snapshot past retain until it closes.
	_, rc, err := s.Open(metas[1].ID) // index 11, the older one
	if err != nil {
		t.Fatal(err)
	}
	writeSnapshot(t, s, 1, 13, data)
	if got := listIndexes(t, s); !reflect.DeepEqual(got, []uint64{13, 12}) {
		t.Errorf("List %v, want [13 12]", got)
	}
	got, err := io.ReadAll(rc)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("a reader of a snapshot past retain: %v, equal %v", err, bytes.Equal(got, data))
	}
	if m, _ := snapshotKeys(t, db); m != 3 {
		t.Errorf("%d metadata keys while a reader holds the third snapshot, want 3", m)
	}
	if err := rc.Close(); err != nil {
		t.Fatal(err)
	}
	if m, c := snapshotKeys(t, db); m != 2 || c != 4 {
		t.Errorf("after the reader closed: %d metadata and %d chunk keys, want 2 and 4", m, c)
	}

	// A corrupted chunk fails the read.
	err = db.Update(func(txn *badger.Txn) error {
		k := chunkKey(metas[0].ID, 1)
		item, err := txn.Get(k)
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		v[100] ^= 1
		return txn.Set(k, v)
	})
	if err != nil {
		t.Fatal(err)
	}
	_, rc, err = s.Open(metas[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(rc); err == nil {
		t.Error("a corrupted chunk reads without error")
	}
	rc.Close()
}

// TestImportFileSnapshots: a data directory from before snapshots moved
// into badger has its newest snapshot imported, and the old directory
// removed.
func TestImportFileSnapshots(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "snapshots")
	files, err := raft.NewFileSnapshotStoreWithLogger(old, 2, hclog.NewNullLogger())
	if err != nil {
		t.Fatal(err)
	}
	writeSnapshot(t, files, 2, 40, []byte("older"))
	data := snapshotData(3, 5000)
	writeSnapshot(t, files, 2, 41, data)

	_, s := openTestSnapshotStore(t, filepath.Join(dir, "raft"), 2)
	log := slog.New(slog.NewTextHandler(testWriter{t}, nil))
	if err := importFileSnapshots(old, s, hclog.NewNullLogger(), log); err != nil {
		t.Fatal(err)
	}
	metas, err := s.List()
	if err != nil || len(metas) != 1 || metas[0].Index != 41 || metas[0].Term != 2 ||
		!reflect.DeepEqual(metas[0].Configuration, snapshotTestConfig) {
		t.Fatalf("imported: %v %v; want the index-41 snapshot", metas, err)
	}
	if _, got := readSnapshot(t, s, metas[0].ID); !bytes.Equal(got, data) {
		t.Error("the imported snapshot differs")
	}
	if _, err := raft.NewFileSnapshotStoreWithLogger(old, 2, hclog.NewNullLogger()); err != nil {
		t.Fatal(err)
	}
	// The directory is gone (re-created empty just above); importing again
	// changes nothing.
	if err := importFileSnapshots(old, s, hclog.NewNullLogger(), log); err != nil {
		t.Fatal(err)
	}
	if got := listIndexes(t, s); !reflect.DeepEqual(got, []uint64{41}) {
		t.Errorf("after a second import: %v", got)
	}
}
