package main

import (
	"encoding/json"
	"log"
	"net/http"
)

func applyHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	token := issue(r.PostForm.Get("resources"), r.PostForm.Get("actions"))
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"success": true, "code": 200, "tokenData": token})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/token/apply", applyHandler)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Fatal(http.ListenAndServe(":8080", mux))
}
