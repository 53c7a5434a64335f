// Plays an interviewer turn sentence by sentence while the server is still making the rest.
// The component's value is {"id": turn key, "clips": [data URL, ...]}: every clip so far, in
// order. A new id stops whatever is playing and starts the new turn. The player and its state
// live on the page, so they outlive a re-render of the component.
const player = document.getElementById("iv-speech-player") || document.createElement("audio");
if (!player.isConnected) {
  player.id = "iv-speech-player";
  player.style.display = "none";
  document.body.appendChild(player);
}
// What played when, for the browser tests and the latency benchmark.
const played = (window.ivSpeechLog = window.ivSpeechLog || []);
const st = (player.ivState = player.ivState || { key: null, clips: [], next: 0 });

function playNext() {
  if (!player.paused || st.next >= st.clips.length) return;
  player.src = st.clips[st.next++];
  player.play().catch((e) => played.push({ key: st.key, error: String(e) }));
}

if (!player.ivWired) {
  player.ivWired = true;
  player.addEventListener("ended", playNext);
  player.addEventListener("playing", () =>
    played.push({ key: st.key, clip: st.next - 1, t: performance.now() })
  );
}

window.ivSpeech = {
  stop() {
    player.pause();
    st.next = st.clips.length;
  },
};

watch("value", () => {
  let v;
  try {
    v = JSON.parse(props.value || "{}");
  } catch (e) {
    return;
  }
  if (!v.id) return;
  if (v.id !== st.key) {
    player.pause();
    st.key = v.id;
    st.next = 0;
  }
  st.clips = v.clips || [];
  playNext();
});
