//go:build tools

package tools

// Each blank import keeps one chosen dependency in go.mod at the version
// pinned there (see shared TOOLCHAIN notes) until real code imports it. The
// "tools" build tag keeps these packages out of every normal build.
import (
	_ "github.com/dgraph-io/badger/v4"
	_ "github.com/ethereum/go-ethereum"
	_ "github.com/gin-gonic/gin"
	_ "github.com/hashicorp/raft"
	_ "github.com/kgantsov/raft-badgerstore"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/viper"
	_ "go4.org/unsafe/assume-no-moving-gc"
	_ "gorgonia.org/gorgonia"
	_ "gorgonia.org/tensor"
)
