package validator

import (
	"bytes"

	"github.com/hashicorp/raft"
)

func raftLog(index uint64, data []byte) *raft.Log {
	return &raft.Log{Index: index, Term: 1, Type: raft.LogCommand, Data: data}
}

// memSink is a raft.SnapshotSink in memory.
type memSink struct {
	buf    bytes.Buffer
	closed bool
}

func (s *memSink) Write(p []byte) (int, error) { return s.buf.Write(p) }
func (s *memSink) Close() error                { s.closed = true; return nil }
func (s *memSink) ID() string                  { return "mem" }
func (s *memSink) Cancel() error               { return nil }
