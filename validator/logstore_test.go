package validator

import (
	"bytes"
	"errors"
	"testing"

	"github.com/hashicorp/raft"
	"github.com/rs/zerolog"
)

func newTestLogStore(t *testing.T) *logStore {
	t.Helper()
	zerolog.SetGlobalLevel(zerolog.WarnLevel)
	db, err := openStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	s, err := newLogStore(db)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testLogs(from, to uint64, size int) []*raft.Log {
	var out []*raft.Log
	for i := from; i <= to; i++ {
		data := bytes.Repeat([]byte{byte(i)}, size)
		out = append(out, &raft.Log{Index: i, Term: 1 + i/100, Type: raft.LogCommand, Data: data})
	}
	return out
}

func indexRange(t *testing.T, s raft.LogStore) (first, last uint64) {
	t.Helper()
	first, err := s.FirstIndex()
	if err != nil {
		t.Fatal(err)
	}
	last, err = s.LastIndex()
	if err != nil {
		t.Fatal(err)
	}
	return first, last
}

// TestLogStoreDeleteRange: compaction deletes exactly the range, so the
// log really gets shorter (raft-badgerstore v0.1.1 deletes only part of
// it, and its FirstIndex never moves).
func TestLogStoreDeleteRange(t *testing.T) {
	s := newTestLogStore(t)
	if err := s.StoreLogs(testLogs(1, 700, 100)); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRange(1, 600); err != nil {
		t.Fatal(err)
	}
	if first, last := indexRange(t, s); first != 601 || last != 700 {
		t.Errorf("after deleting 1..600 of 1..700: entries %d..%d, want 601..700", first, last)
	}
	var l raft.Log
	for _, i := range []uint64{1, 300, 600} {
		if err := s.GetLog(i, &l); !errors.Is(err, raft.ErrLogNotFound) {
			t.Errorf("GetLog(%d) after its deletion: %v, want ErrLogNotFound", i, err)
		}
	}
	if err := s.GetLog(601, &l); err != nil || l.Index != 601 || l.Term != 7 || !bytes.Equal(l.Data, bytes.Repeat([]byte{601 % 256}, 100)) {
		t.Errorf("GetLog(601): %v, %+v", err, l)
	}
	// A suffix, as a follower drops entries that conflict with the leader's.
	if err := s.DeleteRange(651, 700); err != nil {
		t.Fatal(err)
	}
	if first, last := indexRange(t, s); first != 601 || last != 650 {
		t.Errorf("after deleting 651..700: entries %d..%d, want 601..650", first, last)
	}

	// What the library's own DeleteRange does, for the record.
	lib := newTestLogStore(t)
	if err := lib.StoreLogs(testLogs(1, 700, 100)); err != nil {
		t.Fatal(err)
	}
	if err := lib.BadgerRaftStore.DeleteRange(1, 600); err != nil {
		t.Fatal(err)
	}
	left := 0
	for i := uint64(1); i <= 600; i++ {
		if lib.GetLog(i, &l) == nil {
			left++
		}
	}
	first, _ := indexRange(t, lib)
	t.Logf("raft-badgerstore's DeleteRange(1, 600) left %d of the 600 entries; FirstIndex %d", left, first)
}

// TestLogStoreLargeBatch: a batch larger than a badger transaction may be
// (here 256 entries of 45 KB, 11 MiB) is stored in several, in order,
// where raft-badgerstore fails with ErrTxnTooBig.
func TestLogStoreLargeBatch(t *testing.T) {
	s := newTestLogStore(t)
	batch := testLogs(1, 256, 45_000)
	if err := s.StoreLogs(batch); err != nil {
		t.Fatal(err)
	}
	if first, last := indexRange(t, s); first != 1 || last != 256 {
		t.Errorf("entries %d..%d, want 1..256", first, last)
	}
	for _, want := range batch {
		var got raft.Log
		if err := s.GetLog(want.Index, &got); err != nil || !bytes.Equal(got.Data, want.Data) || got.Term != want.Term {
			t.Fatalf("entry %d: %v", want.Index, err)
		}
	}
	err := s.BadgerRaftStore.StoreLogs(testLogs(300, 555, 45_000))
	t.Logf("raft-badgerstore's StoreLogs of the same batch: %v", err)
}
