package validator

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
	"github.com/hashicorp/raft"
	raftbadgerstore "github.com/kgantsov/raft-badgerstore"
)

// logStore is raft's log and stable store on the node's badger database:
// raft-badgerstore's store with two of its methods replaced.
//
//   - DeleteRange: v0.1.1 hands badger the iterator's key buffer, which
//     the iterator reuses, so it deletes only a fraction of the range and
//     raft's log compaction never shortens the log (and a lagging follower
//     is never sent a snapshot, since the leader still has every entry).
//   - StoreLogs: v0.1.1 writes a batch in one badger transaction, which
//     fails with badger.ErrTxnTooBig once the batch is larger than 15% of
//     a memtable (about 600 KiB here: a few dozen full weight vectors),
//     and a leader whose log write fails steps down. Here a batch that does
//     not fit is written in several transactions, in order, each synced:
//     a crash between them leaves a prefix of the batch, which raft
//     handles as it handles any entries it did not get to write.
//
// Entries keep raft-badgerstore's layout (key "logs" + index as 8 bytes
// big endian, value msgpack of raft.Log), so existing data directories
// read as before.
type logStore struct {
	*raftbadgerstore.BadgerRaftStore
	db *badger.DB
}

var (
	_ raft.LogStore    = (*logStore)(nil)
	_ raft.StableStore = (*logStore)(nil)
)

// logKeyPrefix is raft-badgerstore's prefix of log entry keys.
var logKeyPrefix = []byte("logs")

func newLogStore(db *badger.DB) (*logStore, error) {
	s, err := raftbadgerstore.New(db, raftbadgerstore.Options{})
	if err != nil {
		return nil, fmt.Errorf("validator: raft store: %w", err)
	}
	return &logStore{BadgerRaftStore: s, db: db}, nil
}

func logKey(index uint64) []byte {
	k := make([]byte, len(logKeyPrefix), len(logKeyPrefix)+8)
	copy(k, logKeyPrefix)
	return binary.BigEndian.AppendUint64(k, index)
}

// StoreLog stores one entry.
func (s *logStore) StoreLog(l *raft.Log) error {
	return s.StoreLogs([]*raft.Log{l})
}

// StoreLogs stores entries in order, in as few transactions as badger
// allows.
func (s *logStore) StoreLogs(logs []*raft.Log) error {
	txn := s.db.NewTransaction(true)
	defer func() { txn.Discard() }()
	for _, l := range logs {
		val, err := raftbadgerstore.EncodeMsgPack(l, false)
		if err != nil {
			return fmt.Errorf("validator: encode log %d: %w", l.Index, err)
		}
		key := logKey(l.Index)
		err = txn.Set(key, val.Bytes())
		if errors.Is(err, badger.ErrTxnTooBig) {
			if err := txn.Commit(); err != nil {
				return fmt.Errorf("validator: store logs: %w", err)
			}
			txn = s.db.NewTransaction(true)
			err = txn.Set(key, val.Bytes())
		}
		if err != nil {
			return fmt.Errorf("validator: store log %d: %w", l.Index, err)
		}
	}
	if err := txn.Commit(); err != nil {
		return fmt.Errorf("validator: store logs: %w", err)
	}
	return nil
}

// DeleteRange deletes the entries min..max, inclusive, in as few
// transactions as badger allows. Raft calls it on ranges of entries it
// holds (a prefix when it compacts the log, a suffix that conflicts with a
// new leader's), so every key of the range is deleted without first being
// looked up.
func (s *logStore) DeleteRange(min, max uint64) error {
	txn := s.db.NewTransaction(true)
	defer func() { txn.Discard() }()
	for i := min; i <= max && i >= min; i++ {
		key := logKey(i)
		err := txn.Delete(key)
		if errors.Is(err, badger.ErrTxnTooBig) {
			if err := txn.Commit(); err != nil {
				return fmt.Errorf("validator: delete logs: %w", err)
			}
			txn = s.db.NewTransaction(true)
			err = txn.Delete(key)
		}
		if err != nil {
			return fmt.Errorf("validator: delete log %d: %w", i, err)
		}
	}
	if err := txn.Commit(); err != nil {
		return fmt.Errorf("validator: delete logs: %w", err)
	}
	return nil
}
