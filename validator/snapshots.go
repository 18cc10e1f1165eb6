package validator

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/hashicorp/raft"
)

// Snapshots on badger.
//
// SnapshotStore keeps raft snapshots in the node's badger database, beside
// the raft log and stable store, so that everything a node must keep lives
// in one store whose writes are synced. Under the key prefix "snap/":
//
//	snap/m/<id>        the snapshot's metadata (snapshotRecord, JSON)
//	snap/c/<id>/<n>    chunk n (8 bytes, big endian) of the snapshot's data:
//	                   a CRC-32C of the data (4 bytes, big endian), then
//	                   the data, at most SnapshotChunkSize bytes
//
// An id is "<term>-<index>-<seq>", each 16 hex digits, so that ids sort as
// (term, index, creation order) and List reads the metadata keys backwards
// to go newest first. A sink writes each full chunk in its own synced
// transaction while the state streams in, and the metadata last, after
// the final chunk: the metadata key is the commit point, and chunks without
// metadata (a cancelled sink, a crash in the middle of a snapshot) are
// garbage that Cancel, and otherwise the next NewSnapshotStore, deletes.
// After each new snapshot the store deletes all but the newest retain,
// except those a reader still has open (raft may be sending one to a
// follower), which go when their last reader closes.
//
// Chunks are larger than the node's value threshold, so their bytes live
// in badger's value log, not the LSM tree; the node runs the value log's
// garbage collection periodically (see Node.collectGarbage) to reclaim the
// space of deleted snapshots.

// SnapshotChunkSize is the largest chunk a snapshot is split into.
const SnapshotChunkSize = 1 << 20

var (
	snapMetaPrefix  = []byte("snap/m/")
	snapChunkPrefix = []byte("snap/c/")
	crc32c          = crc32.MakeTable(crc32.Castagnoli)
)

// snapshotRecordFormat names the metadata format.
const snapshotRecordFormat = "agora-badger-snapshot/1"

// snapshotRecord is the stored metadata of a complete snapshot.
type snapshotRecord struct {
	Format string            `json:"format"`
	Meta   raft.SnapshotMeta `json:"meta"`
	// Chunks is how many chunks hold the Meta.Size bytes of data.
	Chunks uint64 `json:"chunks"`
}

// SnapshotStore is a raft.SnapshotStore over a badger database (see the
// comment above for the layout). It supports snapshot version 1, as raft's
// own FileSnapshotStore does.
type SnapshotStore struct {
	db     *badger.DB
	retain int
	log    *slog.Logger

	mu      sync.Mutex // guards lastSeq and open; held while reaping
	lastSeq uint64
	open    map[string]int // readers per snapshot id
}

var _ raft.SnapshotStore = (*SnapshotStore)(nil)

// NewSnapshotStore returns a store over db that keeps the newest retain
// snapshots (at least 1). It deletes the chunks of snapshots that were
// never completed. The database is the caller's: closing the store is not
// needed, and db must outlive every sink and reader.
func NewSnapshotStore(db *badger.DB, retain int, log *slog.Logger) (*SnapshotStore, error) {
	if retain < 1 {
		return nil, fmt.Errorf("validator: snapshot store: retain %d, want at least 1", retain)
	}
	s := &SnapshotStore{db: db, retain: retain, log: log, open: map[string]int{}}
	if err := s.deleteIncomplete(); err != nil {
		return nil, err
	}
	return s, nil
}

func snapshotID(term, index, seq uint64) string {
	return fmt.Sprintf("%016x-%016x-%016x", term, index, seq)
}

func metaKey(id string) []byte {
	return append(slices.Clone(snapMetaPrefix), id...)
}

func chunkPrefix(id string) []byte {
	k := append(slices.Clone(snapChunkPrefix), id...)
	return append(k, '/')
}

func chunkKey(id string, n uint64) []byte {
	return binary.BigEndian.AppendUint64(chunkPrefix(id), n)
}

// Create starts a snapshot; its data becomes visible to List and Open only
// once the sink is closed.
func (s *SnapshotStore) Create(version raft.SnapshotVersion, index, term uint64, configuration raft.Configuration,
	configurationIndex uint64, _ raft.Transport) (raft.SnapshotSink, error) {
	if version != 1 {
		return nil, fmt.Errorf("validator: snapshot store: unsupported snapshot version %d", version)
	}
	s.mu.Lock()
	seq := max(uint64(time.Now().UnixNano()), s.lastSeq+1)
	s.lastSeq = seq
	id := snapshotID(term, index, seq)
	s.mu.Unlock()
	return &snapshotSink{
		store: s,
		rec: snapshotRecord{Format: snapshotRecordFormat, Meta: raft.SnapshotMeta{
			Version: version, ID: id, Index: index, Term: term,
			Configuration: configuration, ConfigurationIndex: configurationIndex,
		}},
		buf: make([]byte, 4, 4+SnapshotChunkSize),
	}, nil
}

// List returns the newest retain complete snapshots, newest (highest term,
// then index) first.
func (s *SnapshotStore) List() ([]*raft.SnapshotMeta, error) {
	recs, err := s.records()
	if err != nil {
		return nil, err
	}
	out := make([]*raft.SnapshotMeta, 0, min(len(recs), s.retain))
	for _, r := range recs[:min(len(recs), s.retain)] {
		out = append(out, &r.Meta)
	}
	return out, nil
}

// records reads every complete snapshot's record, newest first.
func (s *SnapshotStore) records() ([]*snapshotRecord, error) {
	var out []*snapshotRecord
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Reverse = true
		opts.Prefix = snapMetaPrefix
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(append(slices.Clone(snapMetaPrefix), 0xff)); it.ValidForPrefix(snapMetaPrefix); it.Next() {
			var r snapshotRecord
			err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &r) })
			if err != nil || r.Format != snapshotRecordFormat || r.Meta.Version != 1 {
				s.log.Warn("snapshot store: skipping unreadable snapshot metadata", "key", string(it.Item().Key()), "err", err)
				continue
			}
			out = append(out, &r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("validator: snapshot store: list: %w", err)
	}
	return out, nil
}

// Open returns a snapshot's metadata and a reader that streams its chunks,
// checking each chunk's CRC and, at the end, the size. The snapshot is not
// deleted before the reader is closed.
func (s *SnapshotStore) Open(id string) (*raft.SnapshotMeta, io.ReadCloser, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var rec snapshotRecord
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(metaKey(id))
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error { return json.Unmarshal(v, &rec) })
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil, fmt.Errorf("validator: snapshot store: no snapshot %q", id)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("validator: snapshot store: open %s: %w", id, err)
	}
	s.open[id]++
	meta := rec.Meta
	return &meta, &snapshotReader{store: s, rec: rec}, nil
}

// release ends one reader of id and deletes what retain no longer keeps.
func (s *SnapshotStore) release(id string) {
	s.mu.Lock()
	if s.open[id]--; s.open[id] <= 0 {
		delete(s.open, id)
	}
	s.mu.Unlock()
	if err := s.reap(); err != nil {
		s.log.Warn("snapshot store: deleting old snapshots", "err", err)
	}
}

// reap deletes every complete snapshot past the newest retain that no
// reader has open: the metadata first, so that a crash halfway leaves only
// chunks without metadata, which the next start deletes. It holds s.mu, so
// that Open cannot start reading a snapshot it is deleting.
func (s *SnapshotStore) reap() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	recs, err := s.records()
	if err != nil {
		return err
	}
	for _, r := range recs[min(len(recs), s.retain):] {
		id := r.Meta.ID
		if s.open[id] > 0 {
			continue
		}
		if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete(metaKey(id)) }); err != nil {
			return fmt.Errorf("validator: snapshot store: delete %s: %w", id, err)
		}
		if err := s.deleteChunks(id); err != nil {
			return err
		}
	}
	return nil
}

// deleteChunks deletes every chunk of id, in as many transactions as
// badger needs.
func (s *SnapshotStore) deleteChunks(id string) error {
	prefix := chunkPrefix(id)
	for {
		var keys [][]byte
		err := s.db.View(func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.PrefetchValues = false
			opts.Prefix = prefix
			it := txn.NewIterator(opts)
			defer it.Close()
			for it.Seek(prefix); it.ValidForPrefix(prefix) && len(keys) < 1000; it.Next() {
				keys = append(keys, it.Item().KeyCopy(nil))
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("validator: snapshot store: delete %s: %w", id, err)
		}
		if len(keys) == 0 {
			return nil
		}
		wb := s.db.NewWriteBatch()
		for _, k := range keys {
			if err := wb.Delete(k); err != nil {
				wb.Cancel()
				return fmt.Errorf("validator: snapshot store: delete %s: %w", id, err)
			}
		}
		if err := wb.Flush(); err != nil {
			return fmt.Errorf("validator: snapshot store: delete %s: %w", id, err)
		}
	}
}

// deleteIncomplete deletes the chunks of snapshots without metadata; it
// runs before the store makes any sink.
func (s *SnapshotStore) deleteIncomplete() error {
	orphans := map[string]bool{}
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Prefix = snapChunkPrefix
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Seek(snapChunkPrefix); it.ValidForPrefix(snapChunkPrefix); it.Next() {
			k := it.Item().Key()[len(snapChunkPrefix):]
			i := bytes.IndexByte(k, '/')
			if i < 0 {
				continue
			}
			id := string(k[:i])
			if _, seen := orphans[id]; seen {
				continue
			}
			_, err := txn.Get(metaKey(id))
			orphans[id] = errors.Is(err, badger.ErrKeyNotFound)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("validator: snapshot store: scan: %w", err)
	}
	for id, orphan := range orphans {
		if orphan {
			s.log.Info("snapshot store: deleting an incomplete snapshot", "id", id)
			if err := s.deleteChunks(id); err != nil {
				return err
			}
		}
	}
	return nil
}

// snapshotSink writes a snapshot chunk by chunk.
type snapshotSink struct {
	store  *SnapshotStore
	rec    snapshotRecord
	buf    []byte // 4 bytes reserved for the CRC, then up to SnapshotChunkSize of data
	chunks uint64
	size   int64
	done   bool
	err    error // the first write error; Close then fails
}

var _ raft.SnapshotSink = (*snapshotSink)(nil)

func (k *snapshotSink) ID() string { return k.rec.Meta.ID }

// Write buffers p and writes every chunk it fills.
func (k *snapshotSink) Write(p []byte) (int, error) {
	if k.done {
		return 0, errors.New("validator: snapshot sink: write after close")
	}
	if k.err != nil {
		return 0, k.err
	}
	written := 0
	for len(p) > 0 {
		n := min(len(p), cap(k.buf)-len(k.buf))
		k.buf = append(k.buf, p[:n]...)
		p = p[n:]
		written += n
		if len(k.buf) == cap(k.buf) {
			if err := k.flush(); err != nil {
				k.err = err
				return written, err
			}
		}
	}
	return written, nil
}

// flush writes the buffered chunk, if any.
func (k *snapshotSink) flush() error {
	data := k.buf[4:]
	if len(data) == 0 {
		return nil
	}
	binary.BigEndian.PutUint32(k.buf[:4], crc32.Checksum(data, crc32c))
	key := chunkKey(k.rec.Meta.ID, k.chunks)
	if err := k.store.db.Update(func(txn *badger.Txn) error { return txn.Set(key, k.buf) }); err != nil {
		return fmt.Errorf("validator: snapshot sink %s: chunk %d: %w", k.rec.Meta.ID, k.chunks, err)
	}
	k.chunks++
	k.size += int64(len(data))
	// badger keeps no reference to a committed value: the buffer is ours.
	k.buf = k.buf[:4]
	return nil
}

// Close writes the last chunk, syncs, writes the metadata (the commit
// point) and syncs again, then deletes snapshots past the retained ones.
func (k *snapshotSink) Close() error {
	if k.done {
		return nil
	}
	k.done = true
	s := k.store
	err := k.err
	if err == nil {
		err = k.flush()
	}
	if err == nil {
		err = s.db.Sync()
	}
	if err == nil {
		k.rec.Meta.Size = k.size
		k.rec.Chunks = k.chunks
		var data []byte
		if data, err = json.Marshal(&k.rec); err == nil {
			err = s.db.Update(func(txn *badger.Txn) error { return txn.Set(metaKey(k.rec.Meta.ID), data) })
		}
	}
	if err == nil {
		err = s.db.Sync()
	}
	if err != nil {
		_ = s.deleteChunks(k.rec.Meta.ID)
		return fmt.Errorf("validator: snapshot sink %s: %w", k.rec.Meta.ID, err)
	}
	if err := s.reap(); err != nil {
		s.log.Warn("snapshot store: deleting old snapshots", "err", err)
	}
	return nil
}

// Cancel abandons the snapshot and deletes the chunks written so far.
func (k *snapshotSink) Cancel() error {
	if k.done {
		return nil
	}
	k.done = true
	return k.store.deleteChunks(k.rec.Meta.ID)
}

// snapshotReader streams a snapshot's chunks.
type snapshotReader struct {
	store  *SnapshotStore
	rec    snapshotRecord
	next   uint64 // the next chunk to load
	cur    []byte // the unread part of the loaded chunk
	read   int64
	closed bool
}

func (r *snapshotReader) Read(p []byte) (int, error) {
	if r.closed {
		return 0, errors.New("validator: snapshot reader: read after close")
	}
	for len(r.cur) == 0 {
		if r.next == r.rec.Chunks {
			if r.read != r.rec.Meta.Size {
				return 0, fmt.Errorf("validator: snapshot %s: %d bytes, metadata says %d", r.rec.Meta.ID, r.read, r.rec.Meta.Size)
			}
			return 0, io.EOF
		}
		if err := r.load(); err != nil {
			return 0, err
		}
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	r.read += int64(n)
	return n, nil
}

// load reads and checks the next chunk.
func (r *snapshotReader) load() error {
	id := r.rec.Meta.ID
	var chunk []byte
	err := r.store.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(chunkKey(id, r.next))
		if err != nil {
			return err
		}
		chunk, err = item.ValueCopy(nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("validator: snapshot %s: chunk %d of %d: %w", id, r.next, r.rec.Chunks, err)
	}
	if len(chunk) < 4 || binary.BigEndian.Uint32(chunk) != crc32.Checksum(chunk[4:], crc32c) {
		return fmt.Errorf("validator: snapshot %s: chunk %d fails its checksum", id, r.next)
	}
	r.cur = chunk[4:]
	r.next++
	return nil
}

func (r *snapshotReader) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	r.store.release(r.rec.Meta.ID)
	return nil
}
