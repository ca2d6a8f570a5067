// Command weft-cometbft is CometBFT v1.0.1's node command with weft: the usual
// commands and flags (init, start, testnet, show-node-id, ...), and on start
// the --weft and --weft.* options, which carry proposal blocks over weft. It
// runs the kvstore ABCI application in process (persistent, under the data
// directory) unless --proxy_app names another.
//
//	weft-cometbft init --home /tmp/n0
//	weft-cometbft start --home /tmp/n0 --weft
package main
