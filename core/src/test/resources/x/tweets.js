window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1800000000000000001" ], "editableUntil" : "2026-06-07T10:22:57.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.example\" rel=\"nofollow\">X for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ { "name" : "Marta K", "screen_name" : "martak", "indices" : [ "0", "7" ], "id_str" : "1111111111", "id" : "1111111111" } ],
        "urls" : [ ]
      },
      "favorite_count" : "3",
      "id_str" : "1800000000000000001",
      "in_reply_to_screen_name" : "martak",
      "retweet_count" : "0",
      "id" : "1800000000000000001",
      "created_at" : "Sun Jun 07 09:22:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@martak everyone in Leeds should know what you &amp; your sister did",
      "lang" : "en"
    }
  }
]
